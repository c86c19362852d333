using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Reviews;
using Safeguarding.Learning.Training;
using Safeguarding.ServiceDefaults;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Messaging;

/// <summary>What the rest of the system hears from Learning. A domain event that becomes several messages gives each a message id derived from its own.</summary>
public sealed class LearningIntegrationEvents : IIntegrationEventMap
{
    public Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken) =>
        Task.FromResult(Map(domainEvent));

    public static IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent) => domainEvent.Data switch
    {
        ActionCreated e =>
        [
            new Integration.ActionCreated(
                domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ActionId, e.What, e.Source.Kind, e.Source.Reference, e.OwnerOrganisationId, e.DueDate),
            .. e.TestTheme is { } theme
                ? [new Integration.LearningToTest(DerivedId(domainEvent, "learning-to-test"), domainEvent.TenantId, e.At, e.By, e.ActionId, Theme.From(theme), e.What, e.Source.Kind, e.Source.Reference)]
                : Array.Empty<IIntegrationEvent>(),
        ],
        ActionProgressReported e => [new Integration.ActionStatusChanged(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ActionId, e.OwnerOrganisationId, e.Progress)],
        ActionWentOverdue e => [new Integration.ActionOverdue(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ActionId, e.OwnerOrganisationId, e.DueDate)],
        ActionClosed e => [new Integration.ActionClosed(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ActionId, e.OwnerOrganisationId, e.EvidenceOfImpact)],
        SeriousIncidentRecorded e =>
        [
            new Integration.ReviewOpened(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ReviewId, ReviewKind.RapidReview, Theme.From(e.Theme)),
            DeadlineSet(domainEvent, e.ReviewId, StatutoryDeadline.PanelNotification, e.PanelNotificationDue, e.By, e.At),
        ],
        PanelNotified e =>
        [
            DeadlineMet(domainEvent, e.ReviewId, StatutoryDeadline.PanelNotification, e.NotifiedOn, e.By, e.At),
            DeadlineSet(domainEvent, e.ReviewId, StatutoryDeadline.RapidReview, e.RapidReviewDue, e.By, e.At),
        ],
        PracticeLearningReviewOpened e => [new Integration.ReviewOpened(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ReviewId, ReviewKind.PracticeLearningReview, Theme.From(e.Theme))],
        RapidReviewDecided e =>
        [
            new Integration.ReviewDecisionRecorded(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ReviewId, e.Decision, Theme.From(e.Theme), e.DecidedOn),
            DeadlineMet(domainEvent, e.ReviewId, StatutoryDeadline.RapidReview, e.DecidedOn, e.By, e.At),
            .. e.FinalReportDue is { } report
                ? [DeadlineSet(domainEvent, e.ReviewId, StatutoryDeadline.FinalReport, report, e.By, e.At)]
                : Array.Empty<IIntegrationEvent>(),
        ],
        ReviewStageCompleted { Stage: ReviewStage.Published } e => [DeadlineMet(domainEvent, e.ReviewId, StatutoryDeadline.FinalReport, e.CompletedOn, e.By, e.At)],
        RecommendationMade e => [new Integration.RecommendationMade(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ReviewId, e.RecommendationId, e.Kind, Theme.From(e.Theme), e.Text, e.OwnerOrganisationId, e.DueDate)],
        ReviewDeadlineFlagged e => [new Integration.ReviewDeadlineAtRisk(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ReviewId, e.Deadline, e.Due, e.Missed)],
        BriefingPublished e => [new Integration.BriefingPublished(domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.BriefingId, e.Title, e.SourceKind, e.SourceId)],
        ClosureDaysSet e => [new Integration.ClosureDaysChanged(domainEvent.Id, domainEvent.TenantId, e.At, e.By, [.. e.Closures.Select(c => c.Date)])],
        AttendanceRecorded e => [new Integration.TrainingAttended(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.EventId, e.Kind, e.Topic, e.Date, e.OrganisationId, e.Attendees)],
        PractitionerFeedbackGiven e => [new Integration.TrainingFeedbackReceived(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.EventId, e.Kind, e.Topic, e.OrganisationId, e.Rating)],
        _ => [],
    };

    private static Guid DerivedId(IEvent domainEvent, string part) => DeterministicGuid.Create(domainEvent.Id.ToString(), part);

    // Each deadline's messages carry ids of their own: one domain event can set one deadline and meet another.
    private static Integration.ReviewDeadlineSet DeadlineSet(IEvent domainEvent, Guid reviewId, StatutoryDeadline deadline, Deadline due, Actor by, DateTimeOffset at) =>
        new(DerivedId(domainEvent, $"deadline-set-{deadline}"), domainEvent.TenantId, at, by, reviewId, deadline, due.Due);

    private static Integration.ReviewDeadlineMet DeadlineMet(IEvent domainEvent, Guid reviewId, StatutoryDeadline deadline, DateOnly metOn, Actor by, DateTimeOffset at) =>
        new(DerivedId(domainEvent, $"deadline-met-{deadline}"), domainEvent.TenantId, at, by, reviewId, deadline, metOn);
}
