using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Programmes;

public sealed record AuditProgrammeCreated(Guid ProgrammeId, int Year, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ProgrammeItemScheduled(Guid ProgrammeId, int Year, ProgrammeItem Item, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ProgrammeItemChanged(Guid ProgrammeId, int Year, ProgrammeItem Item, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ProgrammeItemRemoved(Guid ProgrammeId, Guid ItemId, string Reason, Actor By, DateTimeOffset At, ScheduledItemKind Kind = ScheduledItemKind.ThematicAudit, int Year = 0)
    : IDomainEvent;

/// <summary>The programme as it stands is frozen as numbered version; it stays readable whatever changes later.</summary>
public sealed record ProgrammePublished(Guid ProgrammeId, int Year, int Number, IReadOnlyList<ProgrammeItem> Items, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The item's work is done: its audit or cycle closed. Heard from the owning service, so the actor is the system.</summary>
public sealed record ProgrammeItemCompleted(Guid ProgrammeId, Guid ItemId, string CompletedBy, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The item's quarter (or end date) passed without it being done.</summary>
public sealed record ProgrammeItemOverdue(Guid ProgrammeId, Guid ItemId, ScheduledItemKind Kind, string Theme, DateOnly Due, Actor By, DateTimeOffset At, int Year = 0)
    : IDomainEvent;
