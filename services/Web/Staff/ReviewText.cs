namespace Safeguarding.Web.Staff;

/// <summary>How reviews' kinds, decisions and stages read.</summary>
public static class ReviewText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Decisions =
    [
        ("LocalChildSafeguardingPracticeReview", "Local child safeguarding practice review"),
        ("NationalReview", "Refer for a national review"),
        ("PracticeLearningReview", "Practice learning review"),
        ("NoFurtherReview", "No further review"),
    ];

    public static string Kind(string kind) => kind switch
    {
        "RapidReview" => "Rapid review",
        "NoFurtherReview" => "No further review",
        _ => DirectoryText.Of(Decisions, kind),
    };

    public static string Stage(string stage) => stage switch
    {
        "TermsOfReference" => "Terms of reference",
        "AgencyInformation" => "Agency information gathered",
        "PractitionerEvent" => "Practitioner event",
        "Draft" => "Draft report",
        "Final" => "Final report",
        "Published" => "Published",
        _ => stage,
    };

    /// <summary>The deadline still to meet first: panel notification, then the rapid review, then the final report.</summary>
    public static (string Name, Api.DeadlineDto Deadline)? NextDeadline(Api.ReviewDetailDto review) =>
        review.PanelNotificationDue is { } notify && review.PanelNotifiedOn is null ? ("Notify the national panel", notify)
        : review.RapidReviewDue is { } rapid && review.Decision is null ? ("Rapid review decision", rapid)
        : review.FinalReportDue is { } report && review.Stages.All(s => s.Stage != "Published") ? ("Final report", report)
        : null;
}
