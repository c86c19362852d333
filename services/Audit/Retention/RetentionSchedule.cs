using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Audit.Retention;

/// <summary>One retention period as read: the partnership's own, or the default it has not changed.</summary>
public sealed record KeptFor(RecordKind Kind, int Years, bool IsDefault, int DefaultYears);

/// <summary>The partnership's retention periods, one per kind of record (DOMAIN.md: retention is the partnership's to set).</summary>
public sealed record RetentionSchedule(Guid Id, IReadOnlyList<RetentionPeriod> Periods) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>The day the check last said cases were past their period; none since the periods were last set.</summary>
    public DateOnly? AnnouncedOn { get; init; }

    public static Guid IdFor(string partnershipId) => DeterministicGuid.Create("retention-schedule", partnershipId);

    public static RetentionSchedule Create(RetentionPeriodsSet set) => new(set.ScheduleId, set.Periods);

    public static RetentionSchedule Create(CasesFoundPastRetention found) => new(found.ScheduleId, []) { AnnouncedOn = found.On };

    /// <summary>New periods can make any case due, so the next check counts every case due as news.</summary>
    public RetentionSchedule Apply(RetentionPeriodsSet set) => this with { Periods = set.Periods, AnnouncedOn = null };

    public RetentionSchedule Apply(CasesFoundPastRetention found) => this with { AnnouncedOn = found.On };

    /// <summary>Every kind of record with its period, the partnership's own where it set one.</summary>
    public static IReadOnlyList<KeptFor> Read(RetentionSchedule? schedule) =>
        [.. RetentionDefaults.Years.Select(d => schedule?.Periods.FirstOrDefault(p => p.Kind == d.Key) is { } own
            ? new KeptFor(d.Key, own.Years, false, d.Value)
            : new KeptFor(d.Key, d.Value, true, d.Value))];

    /// <summary>Every kind of record with its period, as every service is told them.</summary>
    public static IReadOnlyDictionary<RecordKind, int> Years(RetentionSchedule? schedule) => Read(schedule).ToDictionary(k => k.Kind, k => k.Years);

    public static int YearsFor(RetentionSchedule? schedule, RecordKind kind) => Read(schedule).Single(k => k.Kind == kind).Years;
}
