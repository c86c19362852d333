namespace Safeguarding.Web.Reports;

// What the dashboard and programme pages read from the Reporting and Programme APIs: only the fields they show.

public sealed record GradeCountDto(string Grade, int Cases);

public sealed record AuditFiguresDto(int Audits, int CasesGraded, int GoodOrBetter, double? GoodOrBetterShare, IReadOnlyList<GradeCountDto> Grades, int AgencyReturns, int ImmediateConcerns);

public sealed record CycleFiguresDto(string Kind, int Invited, int Returned, double? ReturnRate, int WeakIndicators, bool Closed);

public sealed record StatusCountDto(string Status, int Actions);

public sealed record ActionFiguresDto(int Total, IReadOnlyList<StatusCountDto> ByStatus, int Overdue, int ClosedWithEvidence);

public sealed record ReviewFiguresDto(int Reviews, int Decided, int DeadlinesMissed, int DeadlinesAtRisk);

public sealed record LearningFiguresDto(int BriefingsPublished, int FeedbackResponses, double? AverageRating);

public sealed record OverviewDto(int Year, int Organisations, AuditFiguresDto Audits, IReadOnlyList<CycleFiguresDto> Cycles, ActionFiguresDto Actions, ReviewFiguresDto Reviews, LearningFiguresDto Learning);

public sealed record ThemeYearDto(int Year, int Audits, int CasesGraded, double? GoodOrBetterShare);

public sealed record ThemeTrendDto(string Theme, IReadOnlyList<ThemeYearDto> Years);

public sealed record StandardCellDto(int Standard, string? SelfScore, string? ModeratedScore, bool Weak);

public sealed record ComplianceRowDto(Guid OrganisationId, string Name, bool Returned, IReadOnlyList<StandardCellDto> Standards);

public sealed record ComplianceMatrixDto(string Kind, int Year, int Invited, int Returned, double? ReturnRate, IReadOnlyList<ComplianceRowDto> Organisations);

public sealed record ProgrammeSummaryDto(Guid Id, int Year);

public sealed record VersionSummaryDto(int Number, DateTimeOffset PublishedAt, int Items);

public sealed record ProgrammeItemDto(Guid ItemId, string Kind, int? Quarter, DateOnly? Starts, DateOnly? Ends, string Theme, IReadOnlyList<string> Categories, string? Lead, Guid? PriorityId = null);

public sealed record PublishedProgrammeDto(Guid Id, int Year, int Version, DateTimeOffset PublishedAt, IReadOnlyList<ProgrammeItemDto> Items);

/// <summary>The programme as its coordinator reads it: the draft, its progress and every published version.</summary>
public sealed record DraftProgrammeDto(Guid Id, int Year, string Status, IReadOnlyList<ProgrammeItemDto> Items, IReadOnlyList<PublishedVersionDto> Published, long Version);

public sealed record PublishedVersionDto(int Number, DateTimeOffset PublishedAt, IReadOnlyList<ProgrammeItemDto> Items);

public sealed record ChangedItemDto(ProgrammeItemDto Before, ProgrammeItemDto After);

public sealed record ProgrammeDiffDto(int From, int To, IReadOnlyList<ProgrammeItemDto> Added, IReadOnlyList<ProgrammeItemDto> Removed, IReadOnlyList<ChangedItemDto> Changed);

public sealed record RebuildStatusDto(bool Running, string? Current, double Percent, double EventsPerSecond, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>The status in words, for the page and for the progress script alike.</summary>
    public string Text =>
        Running ? $"Rebuilding {Readable(Current)}: {Percent:0}% done, {EventsPerSecond:0} events a second."
        : Error is { } error ? $"The last rebuild stopped: {error}"
        : FinishedAt is { } finished ? $"The last rebuild finished on {Staff.Dates.Written(DateOnly.FromDateTime(finished.UtcDateTime))} at {finished.UtcDateTime:HH:mm} UTC."
        : "No rebuild has run since the service started.";

    /// <summary>"ActionStatusProjection" reads as "action status".</summary>
    private static string Readable(string? readModel) =>
        readModel is null ? "the reports" : System.Text.RegularExpressions.Regex.Replace(readModel.Replace("Projection", "", StringComparison.Ordinal), "(?<!^)([A-Z])", " $1").ToLowerInvariant();
}

public sealed record PrioritySourceDto(string Kind, string? Reference, string? Description);

public sealed record PriorityDetailsDto(string Route, string Theme, string Rationale, PrioritySourceDto? Source, string? Category);

public sealed record PriorityDto(Guid Id, PriorityDetailsDto Details, string Status, DateTimeOffset RecordedAt);
