using Safeguarding.Contracts;

namespace Safeguarding.Programme.Organisations;

public sealed record OrganisationRegistered(
    Guid OrganisationId,
    string Name,
    OrganisationKind Kind,
    Actor By,
    DateTimeOffset At);
