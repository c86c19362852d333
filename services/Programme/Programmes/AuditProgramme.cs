using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Programme.Programmes;

public enum ProgrammeStatus
{
    Draft,
    Published,
}

public sealed record PublishedVersion(int Number, DateTimeOffset PublishedAt, IReadOnlyList<ProgrammeItem> Items);

/// <summary>
/// A partnership's audit programme for one year: the draft being worked on, and every version published so far.
/// A change after publication starts the next draft; published versions never change.
/// </summary>
public sealed record AuditProgramme(Guid Id, int Year, ProgrammeStatus Status, IReadOnlyList<ProgrammeItem> Items) : IVersioned
{
    public long Version { get; init; }

    public IReadOnlyList<PublishedVersion> Published { get; init; } = [];

    public PublishedVersion? LatestPublished => Published.Count == 0 ? null : Published[^1];

    public static AuditProgramme Create(AuditProgrammeCreated created) => new(created.ProgrammeId, created.Year, ProgrammeStatus.Draft, []);

    public AuditProgramme Apply(ProgrammeItemScheduled scheduled) => this with { Items = [.. Items, scheduled.Item], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammeItemChanged changed) =>
        this with { Items = [.. Items.Select(i => i.ItemId == changed.Item.ItemId ? changed.Item : i)], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammeItemRemoved removed) =>
        this with { Items = [.. Items.Where(i => i.ItemId != removed.ItemId)], Status = ProgrammeStatus.Draft };

    public AuditProgramme Apply(ProgrammePublished published) =>
        this with { Status = ProgrammeStatus.Published, Published = [.. Published, new PublishedVersion(published.Number, published.At, published.Items)] };
}
