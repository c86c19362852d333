using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Learning.Actions;

public sealed record ImprovementActionRecorded(
    Guid ActionId,
    string Title,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
