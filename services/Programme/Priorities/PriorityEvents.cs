using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Priorities;

/// <summary>A coordinator recorded a priority the partnership has agreed: it counts from now.</summary>
public sealed record PriorityRecorded(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Something the partnership learned suggests a priority; the coordinator accepts or dismisses it.</summary>
public sealed record PriorityProposed(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record PriorityAccepted(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record PriorityDismissed(Guid PriorityId, string Reason, Actor By, DateTimeOffset At) : IDomainEvent;
