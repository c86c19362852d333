namespace Safeguarding.Web.Returns;

// What the returns pages read from the Audit API: only the fields they show.

public sealed record QuestionDto(string Key, string Text, string AnswerType, string? Guidance);

public sealed record SectionDto(string Key, string Title, IReadOnlyList<QuestionDto> Questions, string? Guidance);

public sealed record ToolDto(string Name, string GradeScale, IReadOnlyList<SectionDto> Sections);

public sealed record TermsDto(string Theme, IReadOnlyList<string> Questions, int LookBackMonths, ToolDto Tool, DateOnly ReturnsDue);

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
    IReadOnlyList<ReturnContentDto> Drafts);

public sealed record GradeDto(string Code, string Label, int Rank);

public sealed record GradeScaleDto(string Key, string Name, IReadOnlyList<GradeDto> Grades);
