using MassTransit;

namespace Safeguarding.Contracts.Privacy;

/// <summary>
/// A service's daily retention check found records of a kind kept past the partnership's period, some of them for the
/// first time: the coordinator is asked to confirm the list for erasure. Carries how many, never which.
/// </summary>
[MessageUrn("safeguarding:privacy:records-past-retention:v1")]
[EntityName("privacy.records-past-retention.v1")]
public sealed record RecordsPastRetention(Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, RecordKind Kind, int Records)
    : IIntegrationEvent;

/// <summary>
/// The coordinator set the partnership's retention periods (in Audit, which keeps them): every kind of record with the
/// whole years it is kept, defaults included, so each service reads its own kinds' periods from its copy.
/// </summary>
[MessageUrn("safeguarding:privacy:retention-periods-changed:v1")]
[EntityName("privacy.retention-periods-changed.v1")]
public sealed record RetentionPeriodsChanged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, IReadOnlyDictionary<RecordKind, int> Years) : IIntegrationEvent;

/// <summary>
/// How long each kind of record is kept until the partnership sets its own period, from common partnership retention
/// schedules: case audit material, returns, self-assessment evidence, actions, training, the directory, staff
/// accounts and set-up six years; reviews of a child's case 35 years (a review may be needed until the child is well
/// into adulthood); access logs and messages two years; erasure records, which hold nothing about a person, 100.
/// </summary>
public static class RetentionDefaults
{
    public static readonly IReadOnlyDictionary<RecordKind, int> Years = Enum.GetValues<RecordKind>().ToDictionary(kind => kind, kind => kind switch
    {
        RecordKind.Reviews => 35,
        RecordKind.AccessLogs or RecordKind.Notifications => 2,
        RecordKind.Erasures => 100,
        _ => 6,
    });
}
