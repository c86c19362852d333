using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Reviews;

public sealed record RecordSeriousIncident(
    [Required, PseudonymousKey] string? CaseReference,
    [Required, StringLength(200), CaseText] string? Theme,
    [Required, StringLength(2000), CaseText] string? Summary,
    [Required, DateWindow(From = DateBound.YearsBeforeToday, To = DateBound.Today)] DateOnly? AwareOn);

public sealed record NotifyPanel([Required, DateWindow(To = DateBound.Today, Because = ReviewDecisions.AfterAwareness)] DateOnly? NotifiedOn);

public sealed record DecideRapidReview(
    [Required] ReviewDecision? Decision,
    [Required, StringLength(4000), CaseText] string? Rationale,
    [Required, DateWindow(To = DateBound.Today, Because = ReviewDecisions.AfterNotification)] DateOnly? DecidedOn);

public sealed record OpenPracticeLearningReview(
    [PseudonymousKey] string? CaseReference,
    [Required, StringLength(200), CaseText] string? Theme,
    [Required] Guid? ReferredBy,
    [Required, StringLength(2000), CaseText] string? Reason);

public sealed record CompleteStage(
    [Required] ReviewStage? Stage,
    [Required, DateWindow(To = DateBound.Today, Because = ReviewDecisions.AfterLastStage)] DateOnly? CompletedOn,
    [StringLength(2000), CaseText] string? Note);

public sealed record MakeRecommendation(
    [Required, StringLength(2000), CaseText] string? Text,
    [Required] Guid? OwnerOrganisationId,
    [Required, DateWindow(From = DateBound.Today)] DateOnly? DueDate,
    [StringLength(200, MinimumLength = 1)] string? TestTheme);

/// <summary>Reviews on statutory timescales (Working Together 2023; DOMAIN.md, section 5), every deadline on the working-day calendar.</summary>
public static class ReviewDecisions
{
    public const int PanelNotificationWorkingDays = 5;
    public const int RapidReviewWorkingDays = 15;
    public const int FinalReportMonths = 6;

    /// <summary>A deadline this many working days away, or nearer, is at risk.</summary>
    public const int AtRiskWorkingDays = 2;

    public const string Window = "the review's window";

    public const string AfterAwareness = "it is on or after the day the partnership became aware of the incident";
    public const string AfterNotification = "it is on or after the day the national panel was notified";
    public const string AfterLastStage = "it is on or after the day the review's last stage was completed";

    /// <summary>
    /// What a review's free text may date: the year before the partnership became aware of the incident, to the two
    /// years after (the review's own timescales); a full date outside it is more likely a date of birth.
    /// </summary>
    public static (DateOnly From, DateOnly To) WindowOf(DateOnly awareOn) => (awareOn.AddYears(-1), awareOn.AddYears(2));

    /// <summary>The part of a date's window (see its DateWindow) that depends on the review as recorded.</summary>
    private static ValidationErrors NotBefore(this ValidationErrors errors, DateOnly? date, string field, DateOnly? earliest, string why) =>
        errors.When(!errors.Names(field) && date < earliest, field, $"{field} must not be before {earliest:yyyy-MM-dd}: {why}.");

    public static Decision RecordSeriousIncident(RecordSeriousIncident c, WorkingDayCalendar calendar, Guid reviewId, Actor by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new ValidationErrors().Check(c, today);
        // Only a date its own window accepts has a window for the text: 9999-12-31 has no two years after it.
        if (c.AwareOn is { } awareOn && !errors.Names("awareOn"))
        {
            var (from, to) = WindowOf(awareOn);
            errors.DatesWithin("summary", c.Summary, from, to, Window).DatesWithin("theme", c.Theme, from, to, Window);
        }

        return Decision.From(errors, () => Decision.Accept(new SeriousIncidentRecorded(
            reviewId, c.CaseReference!.Trim(), c.Theme!.Trim(), c.Summary!.Trim(), c.AwareOn!.Value,
            calendar.Due(c.AwareOn.Value, PanelNotificationWorkingDays, "Notification to the national panel"), by, now)));
    }

    public static Decision NotifyPanel(Review review, NotifyPanel c, WorkingDayCalendar calendar, Actor by, DateTimeOffset now) =>
        review.AwareOn is not { } awareOn ? Decision.Refuse("Only a serious incident is notified to the national panel.")
        : review.PanelNotifiedOn is not null ? Decision.Refuse("The national panel has already been notified.")
        : Decision.From(
            new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime)).NotBefore(c.NotifiedOn, "notifiedOn", awareOn, AfterAwareness),
            () => Decision.Accept(new PanelNotified(review.Id, c.NotifiedOn!.Value, calendar.Due(c.NotifiedOn.Value, RapidReviewWorkingDays, "Rapid Review"), by, now)));

    public static Decision Decide(Review review, DecideRapidReview c, WorkingDayCalendar calendar, Actor by, DateTimeOffset now)
    {
        if (review.PanelNotifiedOn is not { } notifiedOn)
        {
            return Decision.Refuse("The Rapid Review follows the notification to the national panel: record that first.");
        }

        if (review.Decision is not null)
        {
            return Decision.Refuse("The Rapid Review has already decided.");
        }

        var (from, to) = WindowOf(review.AwareOn!.Value);
        var errors = new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime))
            .NotBefore(c.DecidedOn, "decidedOn", notifiedOn, AfterNotification)
            .DatesWithin("rationale", c.Rationale, from, to, Window);
        return Decision.From(errors, () => Decision.Accept(new RapidReviewDecided(
            review.Id, review.Theme, c.Decision!.Value, c.Rationale!.Trim(), c.DecidedOn!.Value,
            c.Decision == ReviewDecision.LocalChildSafeguardingPracticeReview ? FinalReportDue(calendar, c.DecidedOn.Value) : null, by, now)));
    }

    /// <summary>Within six months of the decision: the last working day on or before the date six months on.</summary>
    public static Deadline FinalReportDue(WorkingDayCalendar calendar, DateOnly decidedOn)
    {
        var due = decidedOn.AddMonths(FinalReportMonths);
        while (!calendar.IsWorkingDay(due))
        {
            due = due.AddDays(-1);
        }

        return new Deadline(due, $"Final report: within {FinalReportMonths} months of the Rapid Review decision of {decidedOn:d MMM yyyy}, on the last working day on or before");
    }

    public static Decision OpenPracticeLearningReview(OpenPracticeLearningReview c, IReadOnlySet<Guid> directory, Guid reviewId, Actor by, DateTimeOffset now) =>
        Decision.From(
            new ValidationErrors().Check(c)
                .When(c.ReferredBy is { } referrer && !directory.Contains(referrer), "referredBy", "referredBy is the referring organisation, from the partnership directory."),
            () => Decision.Accept(new PracticeLearningReviewOpened(reviewId, c.CaseReference?.Trim(), c.Theme!.Trim(), c.ReferredBy!.Value, c.Reason!.Trim(), by, now)));

    /// <summary>A local review moves through its stages in order.</summary>
    public static Decision CompleteStage(Review review, CompleteStage c, Actor by, DateTimeOffset now)
    {
        if (review.NextStage is not { } next)
        {
            return Decision.Refuse(review.Kind is ReviewKind.RapidReview
                ? "The review's stages begin once the Rapid Review decides on a local review."
                : "This review has no stages left to complete.");
        }

        var errors = new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime))
            .NotBefore(c.CompletedOn, "completedOn", review.Stages.Count > 0 ? review.Stages[^1].CompletedOn : null, AfterLastStage);
        return !errors.IsValid ? Decision.Reject(errors)
            : c.Stage != next ? Decision.Refuse($"The next stage is {next}.")
            : Decision.Accept(new ReviewStageCompleted(review.Id, next, c.CompletedOn!.Value, c.Note?.Trim(), by, now));
    }

    /// <summary>Recommendations follow the decision (or come from a Practice Learning Review); each names an owner and a date.</summary>
    public static Decision Recommend(Review review, MakeRecommendation c, IReadOnlySet<Guid> directory, Guid recommendationId, Actor by, DateTimeOffset now) =>
        review.Kind == ReviewKind.RapidReview
            ? Decision.Refuse("Recommendations follow the Rapid Review's decision.")
            : Decision.From(
                new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime))
                    .When(c.OwnerOrganisationId is { } owner && !directory.Contains(owner), "ownerOrganisationId", "ownerOrganisationId is an organisation in the partnership directory."),
                () => Decision.Accept(new RecommendationMade(review.Id, review.Kind, review.Theme, recommendationId, c.Text!.Trim(), c.OwnerOrganisationId!.Value, c.DueDate!.Value, c.TestTheme?.Trim(), by, now)));

    /// <summary>The register's action for a recommendation, under the recommendation's id.</summary>
    public static ActionCreated ActionFor(Review review, RecommendationMade made) =>
        new(made.RecommendationId, made.Text, $"Recommendation of the {review.Kind} on {review.Theme}",
            new ActionSource(ActionSourceKind.Review, review.Id, $"{review.Kind}: {review.Theme}"), made.OwnerOrganisationId, made.DueDate, made.TestTheme, made.By, made.At);

    /// <summary>Each open deadline is flagged once when at risk and once when missed.</summary>
    public static IReadOnlyList<ReviewDeadlineFlagged> DeadlineFlags(Review review, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return
        [
            .. review.OpenDeadlines.Select(open =>
            {
                var flags = review.Flags.Where(f => f.Deadline == open.Name && f.Due == open.Deadline.Due).ToList();
                return today > open.Deadline.Due
                    ? flags.Any(f => f.Missed) ? null : new ReviewDeadlineFlagged(review.Id, open.Name, open.Deadline.Due, true, Actor.System, now)
                    : calendar.AddWorkingDays(today, AtRiskWorkingDays) >= open.Deadline.Due && flags.Count == 0
                        ? new ReviewDeadlineFlagged(review.Id, open.Name, open.Deadline.Due, false, Actor.System, now)
                        : null;
            }).OfType<ReviewDeadlineFlagged>(),
        ];
    }
}
