namespace Safeguarding.Web.Audits;

/// <summary>How an audit's stages, steps, history and choices read.</summary>
public static class AuditText
{
    /// <summary>The audit flow chart in order: each stage, the step that reaches it, and the page (or button) for that step.</summary>
    public static readonly IReadOnlyList<(string Stage, string Step, string? Page)> Flow =
    [
        ("TermsAgreed", "Agree the terms of reference", "terms"),
        ("CasesSelected", "Select the case sample", "cases"),
        ("ReturnsOpen", "Tell the agencies which cases they return on", "agencies"),
        ("ReturnsClosed", "Close the returns", null),
        ("MeetingHeld", "Record the audit meeting", "meeting"),
        ("ReportDrafted", "Draft the report", "report"),
        ("ReportApproved", "Approve the report", null),
        ("ActionsRaised", "Raise the actions", "actions"),
        ("PresentedToBoard", "Present to the Board", "board"),
        ("Closed", "Close the audit", null),
    ];

    private static readonly string[] Stages = ["Scoping", .. Flow.Select(f => f.Stage)];

    public static int Position(string stage) => Array.IndexOf(Stages, stage);

    public static string Stage(string stage) => stage switch
    {
        "Scoping" => "Scoping",
        "TermsAgreed" => "Terms agreed",
        "CasesSelected" => "Cases selected",
        "ReturnsOpen" => "Returns open",
        "ReturnsClosed" => "Returns closed",
        "MeetingHeld" => "Meeting held",
        "ReportDrafted" => "Report drafted",
        "ReportApproved" => "Report approved",
        "ActionsRaised" => "Actions raised",
        "PresentedToBoard" => "Presented to the Board",
        "Closed" => "Closed",
        "Cancelled" => "Cancelled",
        _ => stage,
    };

    public static string StageTag(string stage) => stage switch
    {
        "Closed" => "govuk-tag govuk-tag--green",
        "Cancelled" => "govuk-tag govuk-tag--grey",
        "ReturnsOpen" => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--blue",
    };

    /// <summary>A history entry's event (snake_case in the API) as a sentence.</summary>
    public static string Event(string name) => name switch
    {
        "audit_opened" => "Audit opened from the programme",
        "terms_of_reference_agreed" => "Terms of reference agreed",
        "cases_selected" => "Case sample selected",
        "agencies_notified" => "Agencies told which cases they return on",
        "return_draft_saved" => "A return was saved as a draft",
        "return_submitted" => "A return was submitted",
        "returns_closed" => "Returns closed",
        "audit_meeting_held" => "Audit meeting recorded",
        "audit_report_drafted" => "Report drafted",
        "audit_report_approved" => "Report approved",
        "audit_actions_raised" => "Actions raised",
        "audit_presented_to_board" => "Presented to the Board",
        "audit_closed" => "Audit closed",
        "audit_cancelled" => "Audit cancelled",
        "immediate_concern_raised" => "An immediate concern was raised",
        "immediate_concern_acknowledged" => "An immediate concern was acknowledged",
        _ => char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' '),
    };

    public static readonly IReadOnlyList<(string Value, string Text)> AgeBands =
        [("unborn", "Unborn"), ("under-1", "Under 1"), ("1-4", "1 to 4"), ("5-9", "5 to 9"), ("10-15", "10 to 15"), ("16-17", "16 to 17"), ("18-25", "18 to 25 (care leaver)")];

    public static readonly IReadOnlyList<(string Value, string Text)> Genders =
        [("female", "Female"), ("male", "Male"), ("non-binary", "Non-binary"), ("not-recorded", "Not recorded")];

    public static readonly IReadOnlyList<(string Value, string Text)> Ethnicities =
        [("asian", "Asian"), ("black", "Black"), ("mixed", "Mixed"), ("white", "White"), ("other", "Other"), ("not-recorded", "Not recorded")];

    public static readonly IReadOnlyList<(string Value, string Text)> FindingKinds = [("GoodPractice", "Good practice"), ("AreaForDevelopment", "Area for development")];
}
