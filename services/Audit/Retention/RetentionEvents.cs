using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Retention;

/// <summary>How many whole years a kind of record is kept: from when an audit ends, for its case material.</summary>
public sealed record RetentionPeriod(RecordKind Kind, int Years);

/// <summary>The partnership set its retention periods; a kind it left out keeps its default.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadAccessLog)]
public sealed record RetentionPeriodsSet(Guid ScheduleId, IReadOnlyList<RetentionPeriod> Periods, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// The daily check found cases kept past the partnership's period, some for the first time since it last said so: the
/// coordinator is told how many, never which (the retention page lists them).
/// </summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadAccessLog)]
public sealed record CasesFoundPastRetention(Guid ScheduleId, int Cases, DateOnly On, Actor By, DateTimeOffset At) : IDomainEvent;
