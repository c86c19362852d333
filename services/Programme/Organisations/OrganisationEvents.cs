using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Programme.Organisations;

public sealed record OrganisationRegistered(
    Guid OrganisationId,
    string Name,
    OrganisationKind Kind,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
