using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>The daily check told the coordinator of records of a kind past the partnership's period: how many, never which.</summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record RecordsFoundPastRetention(RecordKind Kind, int Records, DateOnly Before, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// When the coordinator is told of records past their period: once for each kind while they wait, and again only after
/// the kind was erased or the periods were set again, so a list left waiting is not announced every morning.
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

    /// <summary>Told of the kind, and nothing since: no erasure of it, no new periods.</summary>
    private static bool Waiting(RecordKind kind, IReadOnlyList<RecordsFoundPastRetention> told, IReadOnlyList<RecordsErasedPastRetention> erased, DateTimeOffset periodsSetAt) =>
        told.Where(t => t.Kind == kind).MaxBy(t => t.At) is { } last
        && last.At >= periodsSetAt
        && !erased.Any(e => e.Kind == kind && e.At >= last.At);
}
