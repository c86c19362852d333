using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;

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
    string Theme,
    IReadOnlyList<string> Questions,
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
public sealed record SampledCase(string CaseKey, CaseCategory Category, CaseProfile Profile);

/// <summary>The organisations that knew the child of one case: each owes a single-agency return for it.</summary>
public sealed record CaseAgencies(string CaseKey, IReadOnlyList<Guid> OrganisationIds);

public sealed record Answer(string SectionKey, string QuestionKey, string Value);

public sealed record SectionGrade(string SectionKey, string Grade, string Rationale);

/// <summary>One agency's review of its own records for one case, as last submitted.</summary>
public sealed record AgencyReturn(
    Guid OrganisationId,
    string CaseKey,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<SectionGrade> SectionGrades,
    string? Evidence,
    string? Analysis,
    string? GoodPractice,
    string? AreasForDevelopment,
    string? Recommendations,
    string OverallGrade,
    string OverallRationale,
    Actor SubmittedBy,
    DateTimeOffset SubmittedAt);

/// <summary>
/// A return the agency is still writing: saved so it can come back to it later, seen only by that agency, and gone
/// once the return is submitted. Parts may be missing; what is there is already checked.
/// </summary>
public sealed record ReturnDraft(
    Guid OrganisationId,
    string CaseKey,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<SectionGrade> SectionGrades,
    string? Evidence,
    string? Analysis,
    string? GoodPractice,
    string? AreasForDevelopment,
    string? Recommendations,
    string? OverallGrade,
    string? OverallRationale,
    Actor SavedBy,
    DateTimeOffset SavedAt);

public sealed record ExpectedReturn(Guid OrganisationId, string CaseKey);

/// <summary>An organisation at the audit meeting, by the role it attends in (no personal names).</summary>
public sealed record MeetingAttendee(Guid OrganisationId, string Role);

/// <summary>The grade the meeting agreed for one case, looking at the child's whole journey.</summary>
public sealed record CaseGrade(string CaseKey, string Grade, string Rationale);

/// <summary>What the audit found; linked to the tool section it is about, where there is one.</summary>
public sealed record Finding(Guid FindingId, FindingKind Kind, string Text, string? SectionKey);

/// <summary>The chair's report: anonymised (no case keys), for the subgroup and the Board.</summary>
public sealed record AuditReport(string Summary, string Narrative, IReadOnlyList<string> Recommendations);

/// <summary>A SMART action: what, which organisation owns it, by when, and the finding it answers.</summary>
public sealed record RaisedAction(Guid ActionId, string What, Guid OwnerOrganisationId, DateOnly DueDate, Guid FindingId);

/// <summary>A concern about a child that cannot wait for the end of the audit; its owning agency must acknowledge it.</summary>
public sealed record ImmediateConcern(
    Guid ConcernId,
    string CaseKey,
    Guid OwnerOrganisationId,
    string Summary,
    Actor RaisedBy,
    DateTimeOffset RaisedAt,
    Actor? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null)
{
    public bool IsAcknowledged => AcknowledgedAt is not null;
}
