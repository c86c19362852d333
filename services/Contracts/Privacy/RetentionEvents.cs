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
