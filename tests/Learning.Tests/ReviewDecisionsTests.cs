using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Reviews;

namespace Safeguarding.Learning.Tests;

public class ReviewDecisionsTests
{
    private static readonly Actor Lead = new("review-lead", null);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Council = Guid.NewGuid();

    private static Review Then(Review review, Decision decision) =>
        Assert.IsType<Decision.Accepted>(decision).Events.Aggregate(review, (state, e) => (Review)((dynamic)state).Apply((dynamic)e));

    private static Review Incident(DateOnly awareOn) => Review.Create(Assert.IsType<SeriousIncidentRecorded>(Assert.Single(Assert.IsType<Decision.Accepted>(
        ReviewDecisions.RecordSeriousIncident(new RecordSeriousIncident("SH-2026-017", "Neglect", "Serious injury to an infant known to several agencies.", awareOn), Calendar, Guid.NewGuid(), Lead, Now)).Events)));

    [Fact]
    public void A_serious_incident_needs_a_pseudonymous_case_key_never_a_name()
    {
        var invalid = Assert.IsType<Decision.Invalid>(ReviewDecisions.RecordSeriousIncident(
            new RecordSeriousIncident("Jane Smith", "", null, new DateOnly(2027, 2, 1)), Calendar, Guid.NewGuid(), Lead, Now));

        Assert.Equal(["awareOn", "caseReference", "summary", "theme"], invalid.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void A_serious_incidents_summary_may_date_what_happened_around_it_but_not_a_date_of_birth()
    {
        RecordSeriousIncident Incident(string summary) => new("SH-2026-017", "Neglect", summary, new DateOnly(2026, 12, 16));

        var around = ReviewDecisions.RecordSeriousIncident(Incident("Admitted on 14/12/2026 after a health visit on 2 June 2026."), Calendar, Guid.NewGuid(), Lead, Now);
        var born = Assert.IsType<Decision.Invalid>(ReviewDecisions.RecordSeriousIncident(Incident("An infant born 03/09/2024."), Calendar, Guid.NewGuid(), Lead, Now));

        Assert.IsType<Decision.Accepted>(around);
        Assert.Equal(["awareOn"], Assert.IsType<Decision.Invalid>(ReviewDecisions.RecordSeriousIncident(
            new RecordSeriousIncident("SH-2026-017", "Neglect", "Born 03/09/2024.", DateOnly.MaxValue), Calendar, Guid.NewGuid(), Lead, Now)).Errors.ToDictionary().Keys);
        Assert.StartsWith("summary holds a full date outside the review's window (16 December 2025 to 16 December 2028)", Assert.Single(born.Errors.ToDictionary()["summary"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_notified_on_the_Friday_before_Christmas_2026_is_due_its_Rapid_Review_on_13_January_2027()
    {
        var incident = Incident(new DateOnly(2026, 12, 16));
        Assert.Equal(new DateOnly(2026, 12, 23), incident.PanelNotificationDue!.Due);

        var notified = Then(incident, ReviewDecisions.NotifyPanel(incident, new NotifyPanel(new DateOnly(2026, 12, 18)), Calendar, Lead, Now));

        Assert.Equal(new DateOnly(2027, 1, 13), notified.RapidReviewDue!.Due);
        Assert.StartsWith("Rapid Review: 15 working days after Fri 18 Dec 2026", notified.RapidReviewDue.Rule);
        Assert.Equal([StatutoryDeadline.RapidReview], notified.OpenDeadlines.Select(d => d.Name));
    }

    [Fact]
    public void The_decision_follows_notification_and_a_local_review_then_moves_through_its_stages_in_order()
    {
        var incident = Incident(new DateOnly(2026, 12, 16));
        Assert.IsType<Decision.NotAllowed>(ReviewDecisions.Decide(incident, new DecideRapidReview(ReviewDecision.NoFurtherReview, "x", new DateOnly(2027, 1, 4)), Calendar, Lead, Now));
        var notified = Then(incident, ReviewDecisions.NotifyPanel(incident, new NotifyPanel(new DateOnly(2026, 12, 18)), Calendar, Lead, Now));

        var decided = Then(notified, ReviewDecisions.Decide(notified, new DecideRapidReview(ReviewDecision.LocalChildSafeguardingPracticeReview, "Learning across agencies.", new DateOnly(2027, 1, 4)), Calendar, Lead, Now));

        Assert.Equal((ReviewKind.LocalChildSafeguardingPracticeReview, new DateOnly(2027, 7, 2)), (decided.Kind, decided.FinalReportDue!.Due)); // 4 July 2027 is a Sunday.
        Assert.Contains("next stage is TermsOfReference", Assert.IsType<Decision.NotAllowed>(ReviewDecisions.CompleteStage(decided, new CompleteStage(ReviewStage.Draft, new DateOnly(2027, 1, 4), null), Lead, Now)).Reason);
        var started = Then(decided, ReviewDecisions.CompleteStage(decided, new CompleteStage(ReviewStage.TermsOfReference, new DateOnly(2027, 1, 4), "Agreed"), Lead, Now));
        Assert.Equal(ReviewStage.AgencyInformation, started.NextStage);
    }

    [Fact]
    public void Deadlines_are_flagged_once_at_risk_and_once_missed()
    {
        var incident = Incident(new DateOnly(2027, 1, 4)); // Notification due Monday 11 January 2027.
        var friday = new DateTimeOffset(2027, 1, 8, 9, 0, 0, TimeSpan.Zero);

        Assert.Empty(ReviewDecisions.DeadlineFlags(incident, Calendar, new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero)));
        var atRisk = Assert.Single(ReviewDecisions.DeadlineFlags(incident, Calendar, friday));
        var flagged = incident.Apply(atRisk);
        Assert.Empty(ReviewDecisions.DeadlineFlags(flagged, Calendar, friday));
        var missed = Assert.Single(ReviewDecisions.DeadlineFlags(flagged, Calendar, new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal((StatutoryDeadline.PanelNotification, false, true), (atRisk.Deadline, atRisk.Missed, missed.Missed));
        Assert.Empty(ReviewDecisions.DeadlineFlags(flagged.Apply(missed), Calendar, new DateTimeOffset(2027, 1, 13, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Recommendations_follow_the_decision_and_each_becomes_an_action_under_its_own_id()
    {
        var plr = Review.Create(new PracticeLearningReviewOpened(Guid.NewGuid(), null, "Missing from education", Council, "Referred by education welfare.", Lead, Now));
        Assert.IsType<Decision.NotAllowed>(ReviewDecisions.Recommend(Incident(new DateOnly(2027, 1, 4)), new MakeRecommendation("x", Council, new DateOnly(2027, 6, 30), null), new HashSet<Guid> { Council }, Guid.NewGuid(), Lead, Now));

        var made = Assert.IsType<RecommendationMade>(Assert.Single(Assert.IsType<Decision.Accepted>(ReviewDecisions.Recommend(
            plr, new MakeRecommendation("Share CME referrals with health.", Council, new DateOnly(2027, 6, 30), "Children missing education"), new HashSet<Guid> { Council }, Guid.NewGuid(), Lead, Now)).Events));
        var action = ReviewDecisions.ActionFor(plr, made);

        Assert.Equal((made.RecommendationId, Council, "Children missing education"), (action.ActionId, action.OwnerOrganisationId, action.TestTheme));
        Assert.Equal(plr.Id, action.Source.Reference);
    }
}
