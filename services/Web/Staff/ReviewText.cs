using Safeguarding.Web.Api;
using Safeguarding.Web.Api.Learning;

namespace Safeguarding.Web.Staff;

/// <summary>How reviews' kinds, decisions and stages read.</summary>
public static class ReviewText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Decisions = Choices.Of<Contracts.ReviewDecision>(Words.Of);

    public static string Stage(ReviewStage stage) => stage switch
    {
        ReviewStage.TermsOfReference => "Terms of reference",
        ReviewStage.AgencyInformation => "Agency information gathered",
        ReviewStage.PractitionerEvent => "Practitioner event",
        ReviewStage.Draft => "Draft report",
        ReviewStage.Final => "Final report",
        ReviewStage.Published => "Published",
        _ => NewerNames.NameOf(stage),
    };

    /// <summary>The deadline still to meet first: panel notification, then the rapid review, then the final report.</summary>
    public static (string Name, DeadlineDto Deadline)? NextDeadline(ReviewDetailDto review) =>
        review.PanelNotificationDue is { } notify && review.PanelNotifiedOn is null ? ("Notify the national panel", notify)
        : review.RapidReviewDue is { } rapid && review.Decision is null ? ("Rapid review decision", rapid)
        : review.FinalReportDue is { } report && review.Stages.All(s => s.Stage != ReviewStage.Published) ? ("Final report", report)
        : null;
}
