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
    CategoryMixInput? CategoryMix,
    IReadOnlyList<Guid>? Panel = null);

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

public sealed record AttendeeInput(Guid? OrganisationId, string? Role);

public sealed record CaseGradeInput(string? CaseKey, string? Grade, string? Rationale);

public sealed record FindingInput(FindingKind? Kind, string? Text, string? SectionKey);

public sealed record RecordMeeting(
    DateOnly? HeldOn,
    IReadOnlyList<AttendeeInput>? Attendees,
    IReadOnlyList<CaseGradeInput>? CaseGrades,
    IReadOnlyList<FindingInput>? Findings);

public sealed record DraftReport(string? Summary, string? Narrative, IReadOnlyList<string>? Recommendations);

public sealed record ActionInput(string? What, Guid? OwnerOrganisationId, DateOnly? DueDate, Guid? FindingId);

public sealed record RaiseActions(IReadOnlyList<ActionInput>? Actions);

public sealed record PresentToBoard(DateOnly? PresentedOn);

public sealed record CancelAudit(string? Reason);

public sealed record RaiseConcern(string? CaseKey, Guid? OwnerOrganisationId, string? Summary);

public sealed record MarkAsReAudit(Guid? PreviousAuditId);
