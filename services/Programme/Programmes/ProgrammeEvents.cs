using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Programmes;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record AuditProgrammeCreated(Guid ProgrammeId, int Year, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammeItemScheduled(Guid ProgrammeId, int Year, ProgrammeItem Item, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammeItemChanged(Guid ProgrammeId, int Year, ProgrammeItem Item, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammeItemRemoved(
    Guid ProgrammeId,
    Guid ItemId,
    [NotPersonal("Why the item left the programme: about the programme, not a person.")] string Reason,
    Actor By,
    DateTimeOffset At,
    ScheduledItemKind Kind = ScheduledItemKind.ThematicAudit,
    int Year = 0)
    : IDomainEvent;

/// <summary>The programme as it stands is frozen as numbered version; it stays readable whatever changes later.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammePublished(Guid ProgrammeId, int Year, int Number, IReadOnlyList<ProgrammeItem> Items, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The item's work is done: its audit or cycle closed. Heard from the owning service, so the actor is the system.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammeItemCompleted(
    Guid ProgrammeId,
    Guid ItemId,
    [NotPersonal("The service whose audit or cycle finished the item.")] string CompletedBy,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The item's quarter (or end date) passed without it being done.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record ProgrammeItemOverdue(
    Guid ProgrammeId,
    Guid ItemId,
    ScheduledItemKind Kind,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    DateOnly Due,
    Actor By,
    DateTimeOffset At,
    int Year = 0)
    : IDomainEvent;
