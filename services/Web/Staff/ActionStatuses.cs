namespace Safeguarding.Web.Staff;

/// <summary>How an action's status reads and looks, the GOV.UK tag way.</summary>
public static class ActionStatuses
{
    public static readonly IReadOnlyList<(string Value, string Text)> Progress =
    [
        ("NotStarted", "Not started"),
        ("OnTrack", "On track"),
        ("AtRisk", "At risk"),
        ("Completed", "Completed"),
    ];

    public static string Text(string status) => status switch
    {
        "NotStarted" => "Not started",
        "OnTrack" => "On track",
        "AtRisk" => "At risk",
        _ => status,
    };

    public static string TagClass(string status) => status switch
    {
        "OnTrack" => "govuk-tag govuk-tag--green",
        "AtRisk" => "govuk-tag govuk-tag--yellow",
        "Overdue" => "govuk-tag govuk-tag--red",
        "Completed" => "govuk-tag govuk-tag--blue",
        "Closed" => "govuk-tag govuk-tag--grey",
        _ => "govuk-tag govuk-tag--grey",
    };
}
