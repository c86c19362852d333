namespace Safeguarding.EndToEnd.Tests;

// The shapes a partner system reads, kept here so these tests depend on the HTTP contract, not on service types.
/// <summary>What a create answers with, read for its id alone.</summary>
public sealed record IdDto(Guid Id);

public sealed record ProgrammeDto(Guid Id, int Year, string Status);

public sealed record ScheduledAuditDto(Guid AuditId, int Quarter, string Theme);

public sealed record AuditDto(Guid Id, Guid ProgrammeId, string Theme, string Stage);

public sealed record HistoryDto(long Version, string Event, string By);

public sealed record OrganisationDto(Guid Id, string Name, string Kind);

public sealed record ProgrammeFiguresDto(int Scheduled, int InProgress, int Overdue, int Done, int Withdrawn);

public sealed record CycleFiguresDto(string Kind, int Invited, int Returned);

public sealed record ActionFiguresDto(int Total);

public sealed record OverviewDto(string PartnershipId, int Year, int Organisations, ProgrammeFiguresDto Programme, List<CycleFiguresDto> Cycles, ActionFiguresDto Actions);
