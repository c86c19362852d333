using System.ComponentModel.DataAnnotations;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

// What callers send. Every field is nullable so a missing one is named in a 400, not lost in a binding error; the
// annotations are the field rules the decisions check and the OpenAPI documents state (FieldRules).

public sealed record CategoryMixInput(
    [Range(0, CaseSampleRules.MaxCases)] int? EarlyHelp,
    [Range(0, CaseSampleRules.MaxCases)] int? ChildInNeed,
    [Range(0, CaseSampleRules.MaxCases)] int? ChildProtection,
    [Range(0, CaseSampleRules.MaxCases)] int? LookedAfterChild);

public sealed record AgreeTermsOfReference(
    [Required, StringLength(AuditDecisions.MaxThemeLength)] string? Theme,
    [Required(ErrorMessage = AuditDecisions.QuestionCount), Length(1, AuditDecisions.MaxQuestions, ErrorMessage = AuditDecisions.QuestionCount),
     ItemLength(AuditDecisions.MaxQuestionLength)] IReadOnlyList<string>? Questions,
    [Required, Range(1, AuditDecisions.MaxLookBackMonths)] int? LookBackMonths,
    [Required(ErrorMessage = "{0} is required: choose an audit tool.")] Guid? ToolId,
    long? ToolVersion,
    [Required, DateWindow(From = DateBound.Today)] DateOnly? ReturnsDue,
    [Required, DateWindow(NotBefore = nameof(ReturnsDue), Because = "the audit meeting comes after the returns are due")] DateOnly? MeetingDate,
    [Required, DateWindow(NotBefore = nameof(MeetingDate), Because = "the report is due after the audit meeting")] DateOnly? ReportDue,
    [Required(ErrorMessage = "{0} is required: how many cases of each category.")] CategoryMixInput? CategoryMix,
    [MaxLength(AuditDecisions.MaxPanel, ErrorMessage = "A panel has at most 30 organisations.")] IReadOnlyList<Guid>? Panel = null);

/// <summary>A non-identifying profile from fixed lists (DOMAIN.md, data protection).</summary>
public sealed record CaseProfileInput(
    [Required, OneOf(typeof(CaseSampleRules), nameof(CaseSampleRules.AgeBands))] string? AgeBand,
    [Required, OneOf(typeof(CaseSampleRules), nameof(CaseSampleRules.Genders))] string? Gender,
    [Required, OneOf(typeof(CaseSampleRules), nameof(CaseSampleRules.Ethnicities))] string? Ethnicity,
    bool? DisabilityOrSen = null,
    [OneOf(typeof(CaseSampleRules), nameof(CaseSampleRules.PlanTypes))] string? PlanType = null,
    [OneOf(typeof(CaseSampleRules), nameof(CaseSampleRules.AttendanceBands))] string? SchoolAttendance = null,
    [Range(0, 999)] int? ReferralsInPeriod = null,
    [Range(0, 999)] int? Section47EnquiriesInPeriod = null,
    [Range(0, 999)] int? PlacementMoves = null,
    [Range(0, 999)] int? MissingEpisodes = null,
    [Range(0, 999)] int? ReturnInterviews = null);

/// <summary>A sampled case: its pseudonymous key (see CaseSampleRules.CaseKeyProblem), category and profile.</summary>
public sealed record CaseInput(
    [StringLength(CaseSampleRules.MaxKeyLength)] string? CaseKey,
    [Required] CaseCategory? Category,
    [Required(ErrorMessage = "{0} is required (ageBand, gender, ethnicity at least).")] CaseProfileInput? Profile);

public sealed record SelectCases(
    [Required(ErrorMessage = CaseSampleRules.SampleSize), Length(CaseSampleRules.MinCases, CaseSampleRules.MaxCases, ErrorMessage = CaseSampleRules.SampleSize)]
    IReadOnlyList<CaseInput>? Cases);

public sealed record CaseAgenciesInput(
    [Required, StringLength(CaseSampleRules.MaxKeyLength)] string? CaseKey,
    [Required(ErrorMessage = AuditDecisions.KnewTheChild), Length(1, AuditDecisions.MaxPanel, ErrorMessage = AuditDecisions.KnewTheChild)] IReadOnlyList<Guid>? OrganisationIds);

public sealed record NotifyAgencies([MaxLength(CaseSampleRules.MaxCases)] IReadOnlyList<CaseAgenciesInput>? Cases);

public sealed record AnswerInput(
    [StringLength(ToolDecisions.MaxKeyLength)] string? SectionKey,
    [StringLength(ToolDecisions.MaxKeyLength)] string? QuestionKey,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? Value);

public sealed record SectionGradeInput([StringLength(ToolDecisions.MaxKeyLength)] string? SectionKey, [StringLength(GradeScales.MaxCodeLength)] string? Grade, [StringLength(ReturnRules.MaxTextLength), CaseText] string? Rationale);

/// <summary>
/// A return as drafted or submitted: a submitted one answers every question its tool does not mark optional, grades
/// every section with a rationale, and gives the overall grade and why.
/// </summary>
public sealed record SubmitReturn(
    [MaxLength(ToolDecisions.MaxSections * ToolDecisions.MaxQuestionsPerSection)] IReadOnlyList<AnswerInput>? Answers,
    [MaxLength(ToolDecisions.MaxSections)] IReadOnlyList<SectionGradeInput>? SectionGrades,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? Evidence,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? Analysis,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? GoodPractice,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? AreasForDevelopment,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? Recommendations,
    [StringLength(GradeScales.MaxCodeLength)] string? OverallGrade,
    [StringLength(ReturnRules.MaxTextLength), CaseText] string? OverallRationale);

public sealed record AttendeeInput([Required] Guid? OrganisationId, [Required, StringLength(100)] string? Role);

public sealed record CaseGradeInput(
    [Required, StringLength(CaseSampleRules.MaxKeyLength)] string? CaseKey,
    [Required, StringLength(GradeScales.MaxCodeLength)] string? Grade,
    [Required, StringLength(ReturnRules.MaxTextLength), CaseText] string? Rationale);

public sealed record FindingInput([Required] FindingKind? Kind, [Required, StringLength(AuditDecisions.MaxFindingLength), CaseText] string? Text, [StringLength(ToolDecisions.MaxKeyLength)] string? SectionKey);

public sealed record RecordMeeting(
    [Required, DateWindow(To = DateBound.Today, Because = "a meeting is recorded once it has been held")] DateOnly? HeldOn,
    [Required(ErrorMessage = "Record the organisations that attended."), Length(1, AuditDecisions.MaxAttendees, ErrorMessage = "Record the 1 to 100 organisations that attended.")]
    IReadOnlyList<AttendeeInput>? Attendees,
    [MaxLength(CaseSampleRules.MaxCases)] IReadOnlyList<CaseGradeInput>? CaseGrades,
    [Required(ErrorMessage = "Record at least one finding."), Length(1, AuditDecisions.MaxFindings, ErrorMessage = "Record 1 to 50 findings.")] IReadOnlyList<FindingInput>? Findings);

public sealed record DraftReport(
    [Required, StringLength(AuditDecisions.MaxSummaryLength), CaseText] string? Summary,
    [Required, StringLength(AuditDecisions.MaxNarrativeLength), CaseText] string? Narrative,
    [MaxLength(AuditDecisions.MaxRecommendations), ItemLength(AuditDecisions.MaxFindingLength), CaseText] IReadOnlyList<string>? Recommendations);

public sealed record ActionInput(
    [Required, StringLength(500)] string? What,
    [Required] Guid? OwnerOrganisationId,
    [Required(ErrorMessage = "An action needs a due date."), DateWindow(From = DateBound.Today)] DateOnly? DueDate,
    [Required(ErrorMessage = "Link the action to one of the audit's findings.")] Guid? FindingId);

public sealed record RaiseActions(
    [Required(ErrorMessage = AuditDecisions.ActionCount), Length(1, AuditDecisions.MaxActions, ErrorMessage = AuditDecisions.ActionCount)] IReadOnlyList<ActionInput>? Actions);

public sealed record PresentToBoard([Required, DateWindow(To = DateBound.Today, Because = "record the Board meeting once it has happened")] DateOnly? PresentedOn);

public sealed record CancelAudit([Required, StringLength(1000)] string? Reason);

public sealed record RaiseConcern([Required, StringLength(CaseSampleRules.MaxKeyLength)] string? CaseKey, [Required] Guid? OwnerOrganisationId, [Required, StringLength(AuditDecisions.MaxFindingLength), CaseText] string? Summary);

public sealed record MarkAsReAudit([Required] Guid? PreviousAuditId);
