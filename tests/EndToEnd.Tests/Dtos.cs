namespace Safeguarding.EndToEnd.Tests;

// The shapes a partner system reads, kept here so these tests depend on the HTTP contract, not on service types.
public sealed record ProgrammeDto(Guid Id, int Year, string Status);

public sealed record ScheduledAuditDto(Guid AuditId, int Quarter, string Theme);

public sealed record AuditDto(Guid Id, Guid ProgrammeId, string Theme, string Stage);

public sealed record HistoryDto(long Version, string Event, string By);

public sealed record OrganisationDto(Guid Id, string Name, string Kind);

public sealed record ProgrammeAreaDto(int Organisations, int Programmes, int AuditsScheduled);

public sealed record AuditAreaDto(int AuditsOpened);

public sealed record Section11AreaDto(int Cycles);

public sealed record LearningAreaDto(int ImprovementActions);

public sealed record OverviewDto(string PartnershipId, ProgrammeAreaDto Programme, AuditAreaDto Audit, Section11AreaDto Section11, LearningAreaDto Learning);
