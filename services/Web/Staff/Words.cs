using Safeguarding.Contracts;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Staff;

/// <summary>
/// How the services' shared vocabularies read on the pages. Each is switched on the API's own type, so a value the
/// API renames or drops breaks this build rather than a page.
/// </summary>
public static class Words
{
    public static string Of(CaseCategory category) => category switch
    {
        CaseCategory.EarlyHelp => "Early help",
        CaseCategory.ChildInNeed => "Child in need",
        CaseCategory.ChildProtection => "Child protection",
        CaseCategory.LookedAfterChild => "Looked-after child",
        _ => NewerNames.NameOf(category),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.StatutoryPartner => "Statutory partner",
        OrganisationKind.RelevantAgency => "Relevant agency",
        OrganisationKind.School => "School or college",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(SchoolPhase phase) => phase switch
    {
        SchoolPhase.AllThrough => "All-through",
        SchoolPhase.AlternativeProvision => "Alternative provision",
        SchoolPhase.Post16 => "Post-16",
        _ => NewerNames.NameOf(phase),
    };

    public static string Of(SchoolType type) => type switch
    {
        SchoolType.FreeSchool => "Free school",
        _ => NewerNames.NameOf(type),
    };

    public static string Of(ActionProgress progress) => progress switch
    {
        ActionProgress.NotStarted => "Not started",
        ActionProgress.OnTrack => "On track",
        ActionProgress.AtRisk => "At risk",
        ActionProgress.Completed => "Completed",
        _ => NewerNames.NameOf(progress),
    };

    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.OnTrack => "On track",
        ActionStatus.AtRisk => "At risk",
        _ => NewerNames.NameOf(status),
    };

    public static string TagClass(ActionStatus status) => status switch
    {
        ActionStatus.OnTrack => "govuk-tag govuk-tag--green",
        ActionStatus.AtRisk => "govuk-tag govuk-tag--yellow",
        ActionStatus.Overdue => "govuk-tag govuk-tag--red",
        ActionStatus.Completed => "govuk-tag govuk-tag--blue",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>An owner's update wears the colour its status would while it stands.</summary>
    public static string TagClass(ActionProgress progress) => TagClass(progress switch
    {
        ActionProgress.NotStarted => ActionStatus.NotStarted,
        ActionProgress.OnTrack => ActionStatus.OnTrack,
        ActionProgress.AtRisk => ActionStatus.AtRisk,
        _ => ActionStatus.Completed,
    });

    public static string Of(PriorityRoute route) => route switch
    {
        PriorityRoute.PracticeReview => "A practice review",
        PriorityRoute.PerformanceIndicator => "A performance indicator",
        PriorityRoute.KnownConcern => "A known concern",
        PriorityRoute.LearningAndDevelopment => "Learning and development",
        PriorityRoute.CategoryBaseline => "A baseline for a case category",
        PriorityRoute.RegionalTrend => "A regional trend",
        _ => NewerNames.NameOf(route),
    };

    public static string Of(ScheduledItemKind kind) => kind switch
    {
        ScheduledItemKind.ThematicAudit => "Thematic audit",
        ScheduledItemKind.GeneralAudit => "General audit",
        ScheduledItemKind.Section11Cycle => "Section 11 cycle",
        ScheduledItemKind.Section175Cycle => "Section 175 cycle",
        ScheduledItemKind.PracticeLearningReview => "Practice learning review",
        ScheduledItemKind.FeedbackMilestone => "Feedback milestone",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.GoodPractice => "Good practice",
        FindingKind.AreaForDevelopment => "Area for development",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(ReviewKind kind) => kind switch
    {
        ReviewKind.RapidReview => "Rapid review",
        ReviewKind.LocalChildSafeguardingPracticeReview => "Local child safeguarding practice review",
        ReviewKind.NationalReview => "National review",
        ReviewKind.PracticeLearningReview => "Practice learning review",
        ReviewKind.NoFurtherReview => "No further review",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(ReviewDecision decision) => decision switch
    {
        ReviewDecision.LocalChildSafeguardingPracticeReview => "Local child safeguarding practice review",
        ReviewDecision.NationalReview => "Refer for a national review",
        ReviewDecision.PracticeLearningReview => "Practice learning review",
        ReviewDecision.NoFurtherReview => "No further review",
        _ => NewerNames.NameOf(decision),
    };

    public static string Of(TrainingKind kind) => kind switch
    {
        TrainingKind.Training => "Training course",
        TrainingKind.AuditWorkshop => "Audit workshop",
        TrainingKind.BriefingSession => "Briefing session",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(SelfAssessmentKind kind) => kind == SelfAssessmentKind.Section175 ? "Section 175" : "Section 11";
}
