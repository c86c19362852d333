using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>What Reporting tells apart on the programme: audits (thematic or general) and the two self-assessment cycles.</summary>
public enum ProgrammeItemKind
{
    Audit,
    Section11Cycle,
    Section175Cycle,
}

public enum ItemState
{
    Scheduled,
    InProgress,
    Overdue,
    Done,
    Withdrawn,
}

/// <summary>
/// One scheduled item of a year's programme as Reporting has heard of it. Every message only adds a fact, so the
/// order they arrive in does not matter; the state is read from the facts.
/// </summary>
public sealed record ProgrammeItemRow
{
    public Guid Id { get; init; }

    public int Year { get; init; }

    public ProgrammeItemKind? Kind { get; init; }

    public Theme? Theme { get; init; }

    public bool Scheduled { get; init; }

    public bool Started { get; init; }

    /// <summary>The end of its quarter or its end date, as the programme last said.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>When the programme said so: a due date sent later wins, whatever order the messages arrive in.</summary>
    public DateTimeOffset? DueSaidAt { get; init; }

    public bool Overdue { get; init; }

    public bool Done { get; init; }

    public bool Withdrawn { get; init; }

    /// <summary>
    /// The item as it stands on <paramref name="today"/>: overdue from the day after it was due unless done or withdrawn,
    /// as Programme counts it, whether or not Programme's periodic check has said so yet.
    /// </summary>
    public ProgrammeItemRow AsOf(DateOnly today) => Due is { } due && due < today ? this with { Overdue = true } : this;

    public ItemState State => Done ? ItemState.Done : Withdrawn ? ItemState.Withdrawn : Overdue ? ItemState.Overdue : Started ? ItemState.InProgress : ItemState.Scheduled;

    /// <summary>Section 11 and 175 items are known to Section11 by year and kind, not by the programme's item id.</summary>
    public static Guid CycleKey(SelfAssessmentKind kind, int year) =>
        DeterministicGuid.Create("programme-cycle-item", kind.ToString(), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class ProgrammeItemProjection : MultiStreamProjection<ProgrammeItemRow, Guid>
{
    public ProgrammeItemProjection()
    {
        Identity<AuditScheduled>(e => e.AuditId);
        Identity<AuditOpened>(e => e.AuditId);
        Identity<AuditScoped>(e => e.AuditId);
        Identity<AuditClosed>(e => e.AuditId);
        Identity<AuditCancelled>(e => e.AuditId);
        Identity<Section11CycleScheduled>(e => ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section11, e.Year));
        Identity<Section175CycleScheduled>(e => ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section175, e.Year));
        Identity<CycleLaunched>(e => ProgrammeItemRow.CycleKey(e.Kind, e.Year));
        Identity<CycleClosed>(e => ProgrammeItemRow.CycleKey(e.Kind, e.Year));
        Identity<ScheduledItemDue>(e => KeyOf(e.Kind, e.ItemId, e.Year));
        Identity<ScheduledItemOverdue>(e => KeyOf(e.Kind, e.ItemId, e.Year));
        Identity<ScheduledItemRemoved>(e => KeyOf(e.Kind, e.ItemId, e.Year));
    }

    private static Guid KeyOf(ScheduledItemKind kind, Guid itemId, int year) => kind switch
    {
        ScheduledItemKind.Section11Cycle => ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section11, year),
        ScheduledItemKind.Section175Cycle => ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section175, year),
        _ => itemId,
    };

    public static ProgrammeItemRow Apply(AuditScheduled e, ProgrammeItemRow row) =>
        row with { Id = e.AuditId, Year = e.Year, Kind = ProgrammeItemKind.Audit, Theme = e.Theme, Scheduled = true };

    public static ProgrammeItemRow Apply(AuditOpened e, ProgrammeItemRow row) => row with { Id = e.AuditId, Year = e.Year, Kind = ProgrammeItemKind.Audit, Theme = e.Theme };

    public static ProgrammeItemRow Apply(AuditScoped e, ProgrammeItemRow row) => row with { Id = e.AuditId, Started = true };

    public static ProgrammeItemRow Apply(AuditClosed e, ProgrammeItemRow row) => row with { Id = e.AuditId, Done = true };

    public static ProgrammeItemRow Apply(AuditCancelled e, ProgrammeItemRow row) => row with { Id = e.AuditId, Withdrawn = true };

    public static ProgrammeItemRow Apply(Section11CycleScheduled e, ProgrammeItemRow row) =>
        row with { Id = ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section11, e.Year), Year = e.Year, Kind = ProgrammeItemKind.Section11Cycle, Theme = Theme.From("Section 11"), Scheduled = true };

    public static ProgrammeItemRow Apply(Section175CycleScheduled e, ProgrammeItemRow row) =>
        row with { Id = ProgrammeItemRow.CycleKey(SelfAssessmentKind.Section175, e.Year), Year = e.Year, Kind = ProgrammeItemKind.Section175Cycle, Theme = Theme.From("Section 175"), Scheduled = true };

    public static ProgrammeItemRow Apply(CycleLaunched e, ProgrammeItemRow row) => row with { Id = ProgrammeItemRow.CycleKey(e.Kind, e.Year), Year = e.Year, Started = true };

    public static ProgrammeItemRow Apply(CycleClosed e, ProgrammeItemRow row) => row with { Id = ProgrammeItemRow.CycleKey(e.Kind, e.Year), Year = e.Year, Done = true };

    public static ProgrammeItemRow Apply(ScheduledItemDue e, ProgrammeItemRow row) =>
        row.DueSaidAt > e.OccurredAt
            ? row with { Id = KeyOf(e.Kind, e.ItemId, e.Year), Year = e.Year }
            : row with { Id = KeyOf(e.Kind, e.ItemId, e.Year), Year = e.Year, Due = e.Due, DueSaidAt = e.OccurredAt };

    public static ProgrammeItemRow Apply(ScheduledItemOverdue e, ProgrammeItemRow row) => row with { Id = KeyOf(e.Kind, e.ItemId, e.Year), Year = e.Year, Overdue = true };

    public static ProgrammeItemRow Apply(ScheduledItemRemoved e, ProgrammeItemRow row) => row with { Id = KeyOf(e.Kind, e.ItemId, e.Year), Year = e.Year, Withdrawn = true };
}
