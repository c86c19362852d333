using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.EventSourcing.EventStore.HistoryDetails;

namespace Safeguarding.Learning.Reviews;

/// <summary>A review's history in public words: each step, its date and the deadline it set.</summary>
public static class ReviewHistory
{
    public static readonly HistoryVocabulary<Review> Vocabulary = new HistoryVocabulary<Review>()
        .Add<SeriousIncidentRecorded>("serious_incident_recorded", "Serious incident recorded", (e, _, _) =>
            [Of("awareOn", e.AwareOn), Of("panelNotificationDue", e.PanelNotificationDue.Due)])
        .Add<PanelNotified>("panel_notified", "National panel notified", (e, _, _) => [Of("notifiedOn", e.NotifiedOn), Of("rapidReviewDue", e.RapidReviewDue.Due)])
        .Add<RapidReviewDecided>("rapid_review_decided", "Rapid Review decided", (e, _, _) =>
            [Of("decision", e.Decision), Of("decidedOn", e.DecidedOn), .. e.FinalReportDue is { } due ? [Of("finalReportDue", due.Due)] : Array.Empty<HistoryDetail>()])
        .Add<PracticeLearningReviewOpened>("practice_learning_review_opened", "Practice learning review opened", (e, _, _) => [Of("referredBy", e.ReferredBy)])
        .Add<ReviewStageCompleted>("review_stage_completed", "Stage completed", (e, _, _) => [Of("stage", e.Stage), Of("completedOn", e.CompletedOn)])
        .Add<RecommendationMade>("recommendation_made", "Recommendation made", (e, _, _) => [Of("owner", e.OwnerOrganisationId), Of("dueDate", e.DueDate)])
        .Add<ReviewDeadlineFlagged>("review_deadline_flagged", "Statutory deadline flagged", (e, _, _) =>
            [Of("deadline", e.Deadline), Of("due", e.Due), Of("missed", e.Missed ? "yes" : "no")]);
}
