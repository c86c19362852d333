using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>The daily check told the coordinator of records of a kind past the partnership's period: how many, never which.</summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record RecordsFoundPastRetention(RecordKind Kind, int Records, DateOnly Before, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// When the coordinator is told of records past their period: once for each kind while they wait, and again only once
/// they were erased (all those the notice was about: from before its day or a later one) or the periods were set again,
/// so a list left waiting is not announced every morning. Decided by days, not by which was written first, so an
/// erasure confirmed while the check runs needs no ordering between them.
/// </summary>
public static class RetentionNotices
{
    public static IReadOnlyList<RecordsFoundPastRetention> Announce(
        IReadOnlyList<DueRecords> due,
        IReadOnlyList<RecordsFoundPastRetention> told,
        IReadOnlyList<RecordsErasedPastRetention> erased,
        DateTimeOffset periodsSetAt,
        DateTimeOffset now) =>
        [.. due.Where(d => d.Records > 0 && !Waiting(d.Kind, told, erased, periodsSetAt)).Select(d => new RecordsFoundPastRetention(d.Kind, d.Records, d.Before, Actor.System, now))];

    /// <summary>
    /// Told of the kind under the current periods, and neither its records erased as far as the notice's day since they
    /// were set: an erasure under shorter periods, before they were lengthened, may reach further back than any notice since.
    /// </summary>
    private static bool Waiting(RecordKind kind, IReadOnlyList<RecordsFoundPastRetention> told, IReadOnlyList<RecordsErasedPastRetention> erased, DateTimeOffset periodsSetAt) =>
        told.Where(t => t.Kind == kind).MaxBy(t => t.At) is { } last
        && last.At >= periodsSetAt
        && !erased.Any(e => e.Kind == kind && e.At >= periodsSetAt && e.Before >= last.Before);
}
