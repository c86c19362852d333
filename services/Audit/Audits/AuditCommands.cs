using Safeguarding.Contracts;

namespace Safeguarding.Audit.Audits;

// What callers send. Every field is nullable so a missing one is named in a 400, not lost in a binding error.

public sealed record CategoryMixInput(int? EarlyHelp, int? ChildInNeed, int? ChildProtection, int? LookedAfterChild);

public sealed record AgreeTermsOfReference(
    string? Theme,
    IReadOnlyList<string>? Questions,
    int? LookBackMonths,
    Guid? ToolId,
    long? ToolVersion,
    DateOnly? ReturnsDue,
    DateOnly? MeetingDate,
    DateOnly? ReportDue,
    CategoryMixInput? CategoryMix);

public sealed record CaseProfileInput(
    string? AgeBand,
    string? Gender,
    string? Ethnicity,
    bool? DisabilityOrSen = null,
    string? PlanType = null,
    string? SchoolAttendance = null,
    int? ReferralsInPeriod = null,
    int? Section47EnquiriesInPeriod = null,
    int? PlacementMoves = null,
    int? MissingEpisodes = null,
    int? ReturnInterviews = null);

public sealed record CaseInput(string? CaseKey, CaseCategory? Category, CaseProfileInput? Profile);

public sealed record SelectCases(IReadOnlyList<CaseInput>? Cases);

public sealed record CaseAgenciesInput(string? CaseKey, IReadOnlyList<Guid>? OrganisationIds);

public sealed record NotifyAgencies(IReadOnlyList<CaseAgenciesInput>? Cases);

public sealed record AnswerInput(string? SectionKey, string? QuestionKey, string? Value);

public sealed record SectionGradeInput(string? SectionKey, string? Grade, string? Rationale);

public sealed record SubmitReturn(
    IReadOnlyList<AnswerInput>? Answers,
    IReadOnlyList<SectionGradeInput>? SectionGrades,
    string? Evidence,
    string? Analysis,
    string? GoodPractice,
    string? AreasForDevelopment,
    string? Recommendations,
    string? OverallGrade,
    string? OverallRationale);
