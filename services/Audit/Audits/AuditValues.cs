using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Audit.Audits;

/// <summary>How many cases of each category the sample must hold.</summary>
public sealed record CategoryMix(int EarlyHelp, int ChildInNeed, int ChildProtection, int LookedAfterChild)
{
    public int Total => EarlyHelp + ChildInNeed + ChildProtection + LookedAfterChild;

    public int Of(CaseCategory category) => category switch
    {
        CaseCategory.EarlyHelp => EarlyHelp,
        CaseCategory.ChildInNeed => ChildInNeed,
        CaseCategory.ChildProtection => ChildProtection,
        _ => LookedAfterChild,
    };
}

/// <summary>
/// What the audit asks, over which period, with which tool (its exact version and content), by when, and which
/// organisations sit on its panel (their panel members see every return of this audit).
/// </summary>
public sealed record TermsOfReference(
    [NotPersonal("The audit's theme, set by the partnership.")] string Theme,
    [NotPersonal("The audit's questions, the same for every case.")] IReadOnlyList<string> Questions,
    int LookBackMonths,
    Guid ToolId,
    long ToolVersion,
    ToolTemplate Tool,
    DateOnly ReturnsDue,
    DateOnly MeetingDate,
    DateOnly ReportDue,
    CategoryMix CategoryMix,
    IReadOnlyList<Guid> Panel);

/// <summary>A non-identifying profile of a sampled child (DOMAIN.md, section 2). No names, no dates of birth.</summary>
[NotPersonal("Read as a whole: where kept, it is declared on the field that holds it.")]
public sealed record CaseProfile(
    string AgeBand,
    string Gender,
    string Ethnicity,
    bool? DisabilityOrSen = null,
    string? PlanType = null,
    string? SchoolAttendance = null,
    int? ReferralsInPeriod = null,
    int? Section47EnquiriesInPeriod = null,
    int? PlacementMoves = null,
    int? MissingEpisodes = null,
    int? ReturnInterviews = null);

/// <summary>A case in the sample, known only by its pseudonymous key.</summary>
public sealed record SampledCase(
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    CaseCategory Category,
    [PersonalData(PersonalData.ChildProfile, "So the sample can be seen to be representative, without identifying the child.")] CaseProfile Profile);

/// <summary>The organisations that knew the child of one case: each owes a single-agency return for it.</summary>
public sealed record CaseAgencies([PersonalData(PersonalData.CaseKey)] string CaseKey, IReadOnlyList<Guid> OrganisationIds);

public sealed record Answer(
    [NotPersonal("The tool's own key.")] string SectionKey,
    [NotPersonal("The tool's own key.")] string QuestionKey,
    [PersonalData(PersonalData.CaseText, "The agency's answer about its work with the child.")] string Value);

public sealed record SectionGrade(
    [NotPersonal("The tool's own key.")] string SectionKey,
    [NotPersonal("A code from the grade scale.")] string Grade,
    [PersonalData(PersonalData.CaseText, "Why the agency graded its practice so, for the case.")] string Rationale);

/// <summary>One agency's review of its own records for one case, as last submitted.</summary>
public sealed record AgencyReturn(
    Guid OrganisationId,
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<SectionGrade> SectionGrades,
    [PersonalData(PersonalData.CaseText, "The evidence the agency reviewed for the case.")] string? Evidence,
    [PersonalData(PersonalData.CaseText, "The agency's analysis of its work with the child.")] string? Analysis,
    [PersonalData(PersonalData.CaseText, "Good practice the agency found in the case.")] string? GoodPractice,
    [PersonalData(PersonalData.CaseText, "What the agency could have done better in the case.")] string? AreasForDevelopment,
    [PersonalData(PersonalData.CaseText, "The agency's recommendations from the case.")] string? Recommendations,
    [NotPersonal("A code from the grade scale.")] string OverallGrade,
    [PersonalData(PersonalData.CaseText, "Why the agency graded its work with the child so.")] string OverallRationale,
    Actor SubmittedBy,
    DateTimeOffset SubmittedAt);

/// <summary>
/// A return the agency is still writing: saved so it can come back to it later, seen only by that agency, and gone
/// once the return is submitted. Parts may be missing; what is there is already checked.
/// </summary>
public sealed record ReturnDraft(
    Guid OrganisationId,
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<SectionGrade> SectionGrades,
    [PersonalData(PersonalData.CaseText, "The evidence the agency reviewed for the case.")] string? Evidence,
    [PersonalData(PersonalData.CaseText, "The agency's analysis of its work with the child.")] string? Analysis,
    [PersonalData(PersonalData.CaseText, "Good practice the agency found in the case.")] string? GoodPractice,
    [PersonalData(PersonalData.CaseText, "What the agency could have done better in the case.")] string? AreasForDevelopment,
    [PersonalData(PersonalData.CaseText, "The agency's recommendations from the case.")] string? Recommendations,
    [NotPersonal("A code from the grade scale.")] string? OverallGrade,
    [PersonalData(PersonalData.CaseText, "Why the agency graded its work with the child so.")] string? OverallRationale,
    Actor SavedBy,
    DateTimeOffset SavedAt);

public sealed record ExpectedReturn(Guid OrganisationId, [PersonalData(PersonalData.CaseKey)] string CaseKey);

/// <summary>An organisation at the audit meeting, by the role it attends in (no personal names).</summary>
public sealed record MeetingAttendee(Guid OrganisationId, [NotPersonal("The role the organisation attends in, never a name.")] string Role);

/// <summary>The grade the meeting agreed for one case, looking at the child's whole journey.</summary>
public sealed record CaseGrade(
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    [NotPersonal("A code from the grade scale.")] string Grade,
    [PersonalData(PersonalData.CaseText, "Why the meeting graded the child's journey so.")] string Rationale);

/// <summary>What the audit found; linked to the tool section it is about, where there is one.</summary>
public sealed record Finding(
    Guid FindingId,
    FindingKind Kind,
    [PersonalData(PersonalData.CaseText, "What the audit found, which may draw on a case.")] string Text,
    [NotPersonal("The tool's own key.")] string? SectionKey);

/// <summary>The chair's report: anonymised (no case keys), for the subgroup and the Board.</summary>
public sealed record AuditReport(
    [PersonalData(PersonalData.CaseText, "The report's summary, anonymised but written from the cases.")] string Summary,
    [PersonalData(PersonalData.CaseText, "The report's narrative, anonymised but written from the cases.")] string Narrative,
    [PersonalData(PersonalData.CaseText, "The report's recommendations, written from the cases.")] IReadOnlyList<string> Recommendations);

/// <summary>A SMART action: what, which organisation owns it, by when, and the finding it answers.</summary>
public sealed record RaisedAction(
    Guid ActionId,
    [NotPersonal("A change to an organisation's practice, which it owns.")] string What,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    Guid FindingId);

/// <summary>A concern about a child that cannot wait for the end of the audit; its owning agency must acknowledge it.</summary>
public sealed record ImmediateConcern(
    Guid ConcernId,
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    Guid OwnerOrganisationId,
    [PersonalData(PersonalData.CaseText, "What worries the partnership about the child, for the agency that must act.")] string Summary,
    Actor RaisedBy,
    DateTimeOffset RaisedAt,
    Actor? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null)
{
    public bool IsAcknowledged => AcknowledgedAt is not null;
}
