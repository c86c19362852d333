namespace Safeguarding.Web.Audits;

// What the audit and return pages read from the Audit API: only the fields they show.

public sealed record QuestionDto(string Key, string Text, string AnswerType, string? Guidance);

public sealed record SectionDto(string Key, string Title, IReadOnlyList<QuestionDto> Questions, string? Guidance);

public sealed record ToolDto(string Name, string GradeScale, IReadOnlyList<SectionDto> Sections);

public sealed record CategoryMixDto(int EarlyHelp, int ChildInNeed, int ChildProtection, int LookedAfterChild)
{
    public int Total => EarlyHelp + ChildInNeed + ChildProtection + LookedAfterChild;
}

public sealed record TermsDto(
    string Theme, IReadOnlyList<string> Questions, int LookBackMonths, Guid ToolId, ToolDto Tool, DateOnly ReturnsDue, DateOnly MeetingDate, DateOnly ReportDue,
    CategoryMixDto CategoryMix, IReadOnlyList<Guid> Panel);

public sealed record ProfileDto(string AgeBand, string Gender, string Ethnicity, string? PlanType);

public sealed record CaseDto(string CaseKey, string Category, ProfileDto Profile);

public sealed record ReturnStatusDto(Guid OrganisationId, string CaseKey, bool Submitted, DateTimeOffset? SubmittedAt);

public sealed record AnswerDto(string SectionKey, string QuestionKey, string Value);

public sealed record SectionGradeDto(string SectionKey, string Grade, string Rationale);

/// <summary>A return's content, whether a draft or as submitted (the two share their shape).</summary>
public sealed record ReturnContentDto(
    Guid OrganisationId,
    string CaseKey,
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<SectionGradeDto> SectionGrades,
    string? Evidence,
    string? Analysis,
    string? GoodPractice,
    string? AreasForDevelopment,
    string? Recommendations,
    string? OverallGrade,
    string? OverallRationale);

public sealed record CaseAgenciesDto(string CaseKey, IReadOnlyList<Guid> OrganisationIds);

public sealed record AttendeeDto(Guid OrganisationId, string Role);

public sealed record CaseGradeDto(string CaseKey, string Grade, string Rationale);

public sealed record FindingDto(Guid FindingId, string Kind, string Text, string? SectionKey);

public sealed record AuditReportDto(string Summary, string Narrative, IReadOnlyList<string> Recommendations);

public sealed record RaisedActionDto(Guid ActionId, string What, Guid OwnerOrganisationId, DateOnly DueDate, Guid FindingId);

public sealed record AuditDto(
    Guid Id,
    int Year,
    int Quarter,
    string Theme,
    string Stage,
    TermsDto? Terms,
    IReadOnlyList<CaseDto> Cases,
    IReadOnlyList<ReturnStatusDto> ReturnStatuses,
    IReadOnlyList<ReturnContentDto> Returns,
    IReadOnlyList<ReturnContentDto> Drafts,
    IReadOnlyList<CaseAgenciesDto>? Agencies = null,
    DateOnly? MeetingHeldOn = null,
    IReadOnlyList<AttendeeDto>? Attendees = null,
    IReadOnlyList<CaseGradeDto>? CaseGrades = null,
    IReadOnlyList<FindingDto>? Findings = null,
    AuditReportDto? Report = null,
    DateTimeOffset? ReportApprovedAt = null,
    IReadOnlyList<RaisedActionDto>? Actions = null,
    DateOnly? PresentedToBoardOn = null,
    string? CancellationReason = null);

public sealed record HistoryEntryDto(long Version, string Event, DateTimeOffset At, string By, string? ByOrganisation);

public sealed record ToolSummaryDto(Guid Id, string Name, string? Description, bool IsBuiltIn, long Version, int Sections, int Questions);

public sealed record GradeDto(string Code, string Label, int Rank);

public sealed record GradeScaleDto(string Key, string Name, IReadOnlyList<GradeDto> Grades);
