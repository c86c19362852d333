using Safeguarding.Contracts;
using Safeguarding.Web.Api;
using Safeguarding.Web.Api.Audit;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Audits;

/// <summary>How an audit's stages, steps, history and choices read.</summary>
public static class AuditText
{
    /// <summary>The steps of the flow chart that have a page of their own here; the others are a button on the audit's page.</summary>
    public static string? PageOf(StepAvailability step) => step.Step switch
    {
        "terms-of-reference" => "terms",
        "cases" or "agencies" or "meeting" or "report" or "actions" or "board" => step.Step,
        _ => null,
    };

    /// <summary>What the banner says once a step without a page of its own is taken.</summary>
    public static string Done(StepAvailability step) => step.Step switch
    {
        "returns/close" => "Returns are closed",
        "report/approve" => "The report is approved",
        "close" => "The audit is closed",
        _ => $"{step.Title}: done",
    };

    /// <summary>The flow chart's steps in the order the Audit API gives them: each moves the audit to a stage.</summary>
    public static IEnumerable<StepAvailability> FlowChart(AuditView audit) => audit.Steps.Where(s => s.Reaches is { } stage && stage != AuditStage.Cancelled);

    public static bool Reached(AuditView audit, StepAvailability step) =>
        audit.Stage != AuditStage.Cancelled && step.Reaches is { } stage && stage <= audit.Stage;

    public static string Stage(AuditStage stage) => stage switch
    {
        AuditStage.TermsAgreed => "Terms agreed",
        AuditStage.CasesSelected => "Cases selected",
        AuditStage.ReturnsOpen => "Returns open",
        AuditStage.ReturnsClosed => "Returns closed",
        AuditStage.MeetingHeld => "Meeting held",
        AuditStage.ReportDrafted => "Report drafted",
        AuditStage.ReportApproved => "Report approved",
        AuditStage.ActionsRaised => "Actions raised",
        AuditStage.PresentedToBoard => "Presented to the Board",
        _ => NewerNames.NameOf(stage),
    };

    public static string StageTag(AuditStage stage) => stage switch
    {
        AuditStage.Closed => "govuk-tag govuk-tag--green",
        AuditStage.Cancelled => "govuk-tag govuk-tag--grey",
        AuditStage.ReturnsOpen => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--blue",
    };

    public static readonly IReadOnlyList<(string Value, string Text)> AgeBands =
        [("unborn", "Unborn"), ("under-1", "Under 1"), ("1-4", "1 to 4"), ("5-9", "5 to 9"), ("10-15", "10 to 15"), ("16-17", "16 to 17"), ("18-25", "18 to 25 (care leaver)")];

    public static readonly IReadOnlyList<(string Value, string Text)> Genders =
        [("female", "Female"), ("male", "Male"), ("non-binary", "Non-binary"), ("not-recorded", "Not recorded")];

    public static readonly IReadOnlyList<(string Value, string Text)> Ethnicities =
        [("asian", "Asian"), ("black", "Black"), ("mixed", "Mixed"), ("white", "White"), ("other", "Other"), ("not-recorded", "Not recorded")];

    public static readonly IReadOnlyList<(string Value, string Text)> FindingKinds = Choices.Of<FindingKind>(Words.Of);
}
