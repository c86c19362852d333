using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Programmes;

public enum ProgrammeStatus
{
    Draft,
    Published,
}

public sealed record PublishedVersion(int Number, DateTimeOffset PublishedAt, IReadOnlyList<ProgrammeItem> Items);

public enum ItemStatus
{
    Scheduled,
    Done,
    Overdue,
}

/// <summary>How a scheduled item stands, driven by what really happened (its audit or cycle closing) and the calendar.</summary>
public sealed record ItemProgress(Guid ItemId, ItemStatus Status, DateTimeOffset Since);

/// <summary>
/// A partnership's audit programme for one year: the draft being worked on, and every version published so far.
/// A change after publication starts the next draft; published versions never change.
/// </summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record AuditProgramme(Guid Id, int Year, ProgrammeStatus Status, IReadOnlyList<ProgrammeItem> Items) : IVersioned, ITenanted
{
    public long Version { get; init; }

    /// <summary>The partnership, filled in by Marten; lets the overdue check work across partnerships.</summary>
    public string? TenantId { get; set; }

    public IReadOnlyList<PublishedVersion> Published { get; init; } = [];

    public IReadOnlyList<ItemProgress> Progress { get; init; } = [];

    public ItemStatus StatusOf(Guid itemId) => Progress.FirstOrDefault(p => p.ItemId == itemId)?.Status ?? ItemStatus.Scheduled;

    /// <summary>Items past their due date and neither done nor yet flagged overdue.</summary>
    public IEnumerable<ProgrammeItem> LateOn(DateOnly today) =>
        Items.Where(i => StatusOf(i.ItemId) == ItemStatus.Scheduled && ProgrammeDecisions.DueDate(Year, i) < today);

    /// <summary>
    /// The programme as it stands today: an item not done is overdue from the day after it was due, whether or not the
    /// periodic check has recorded it yet (the check only publishes it).
    /// </summary>
    public AuditProgramme AsOf(DateOnly today) => WithProgress(
        [.. LateOn(today).Select(i => new ItemProgress(i.ItemId, ItemStatus.Overdue, new DateTimeOffset(ProgrammeDecisions.DueDate(Year, i).AddDays(1), TimeOnly.MinValue, TimeSpan.Zero)))]);

    public PublishedVersion? LatestPublished => Published.Count == 0 ? null : Published[^1];

    public static AuditProgramme Create(AuditProgrammeCreated created) => new(created.ProgrammeId, created.Year, ProgrammeStatus.Draft, []);

    public AuditProgramme Apply(ProgrammeItemScheduled scheduled) => this with { Items = [.. Items, scheduled.Item], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammeItemChanged changed) =>
        this with { Items = [.. Items.Select(i => i.ItemId == changed.Item.ItemId ? changed.Item : i)], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammeItemRemoved removed) =>
        this with { Items = [.. Items.Where(i => i.ItemId != removed.ItemId)], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammePublished published) =>
        this with { Status = ProgrammeStatus.Published, Published = [.. Published, new PublishedVersion(published.Number, published.At, published.Items)] };

    // Progress is not an edit: it leaves a published programme published.
    public AuditProgramme Apply(ProgrammeItemCompleted completed) => WithProgress(new ItemProgress(completed.ItemId, ItemStatus.Done, completed.At));

    public AuditProgramme Apply(ProgrammeItemOverdue overdue) => WithProgress(new ItemProgress(overdue.ItemId, ItemStatus.Overdue, overdue.At));

    private AuditProgramme WithProgress(params IReadOnlyList<ItemProgress> progress) =>
        this with { Progress = [.. Progress.Where(p => progress.All(n => n.ItemId != p.ItemId)), .. progress] };
}
