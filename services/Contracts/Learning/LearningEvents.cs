using MassTransit;

namespace Safeguarding.Contracts.Learning;

/// <summary>An action entered the partnership's one improvement register, from its source.</summary>
[MessageUrn("safeguarding:learning:action-created:v1")]
[EntityName("learning.action-created.v1")]
public sealed record ActionCreated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, [FreeText] string What, ActionSourceKind SourceKind, Guid? SourceReference, Guid OwnerOrganisationId, DateOnly DueDate)
    : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-status-changed:v1")]
[EntityName("learning.action-status-changed.v1")]
public sealed record ActionStatusChanged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, ActionProgress Status) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-overdue:v1")]
[EntityName("learning.action-overdue.v1")]
public sealed record ActionOverdue(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, DateOnly DueDate) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-closed:v1")]
[EntityName("learning.action-closed.v1")]
public sealed record ActionClosed(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, [FreeText] string EvidenceOfImpact) : IIntegrationEvent;

/// <summary>Learning that a later audit should test: Programme proposes a re-audit of the theme.</summary>
[MessageUrn("safeguarding:learning:learning-to-test:v1")]
[EntityName("learning.learning-to-test.v1")]
public sealed record LearningToTest(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid LearningId, Theme Theme, [FreeText] string Learning, ActionSourceKind SourceKind, Guid? SourceReference) : IIntegrationEvent;

/// <summary>A review opened: a serious incident's Rapid Review, or a Practice Learning Review opened according to need.</summary>
[MessageUrn("safeguarding:learning:review-opened:v1")]
[EntityName("learning.review-opened.v1")]
public sealed record ReviewOpened(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, ReviewKind Kind, Theme Theme) : IIntegrationEvent;

/// <summary>
/// A statutory deadline of a review was set (or set again): its step is due by <c>Due</c>. With
/// <see cref="ReviewDeadlineMet"/> it lets any service tell at read time whether the deadline is missed.
/// </summary>
[MessageUrn("safeguarding:learning:review-deadline-set:v1")]
[EntityName("learning.review-deadline-set.v1")]
public sealed record ReviewDeadlineSet(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, StatutoryDeadline Deadline, DateOnly Due) : IIntegrationEvent;

/// <summary>A statutory deadline's step was taken on <c>MetOn</c> (after its due date, the deadline was missed all the same).</summary>
[MessageUrn("safeguarding:learning:review-deadline-met:v1")]
[EntityName("learning.review-deadline-met.v1")]
public sealed record ReviewDeadlineMet(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, StatutoryDeadline Deadline, DateOnly MetOn) : IIntegrationEvent;

/// <summary>A statutory deadline of a review is at risk, or (<c>Missed</c>) has passed with its step not taken.</summary>
[MessageUrn("safeguarding:learning:review-deadline-at-risk:v1")]
[EntityName("learning.review-deadline-at-risk.v1")]
public sealed record ReviewDeadlineAtRisk(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, StatutoryDeadline Deadline, DateOnly Due, bool Missed) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:review-decision-recorded:v1")]
[EntityName("learning.review-decision-recorded.v1")]
public sealed record ReviewDecisionRecorded(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, ReviewDecision Decision, Theme Theme, DateOnly DecidedOn) : IIntegrationEvent;

/// <summary>A review's recommendation: the programme weighs it as a candidate priority.</summary>
[MessageUrn("safeguarding:learning:recommendation-made:v1")]
[EntityName("learning.recommendation-made.v1")]
public sealed record RecommendationMade(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ReviewId, Guid RecommendationId, ReviewKind ReviewKind, Theme Theme, [FreeText] string Text, Guid OwnerOrganisationId, DateOnly DueDate)
    : IIntegrationEvent;

/// <summary>A learning briefing published to the partnership's staff.</summary>
[MessageUrn("safeguarding:learning:briefing-published:v1")]
[EntityName("learning.briefing-published.v1")]
public sealed record BriefingPublished(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid BriefingId, [FreeText] string Title, BriefingSourceKind SourceKind, Guid SourceId) : IIntegrationEvent;

/// <summary>Staff of an organisation attended a training event (recorded again, the number replaces the last): they are asked for feedback.</summary>
[MessageUrn("safeguarding:learning:training-attended:v1")]
[EntityName("learning.training-attended.v1")]
public sealed record TrainingAttended(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid TrainingEventId, TrainingKind Kind, [FreeText] string Topic, DateOnly Date, Guid OrganisationId, int Attendees) : IIntegrationEvent;

/// <summary>A practitioner's feedback after a training event or audit workshop: the rating, for the programme's dashboards.</summary>
[MessageUrn("safeguarding:learning:training-feedback-received:v1")]
[EntityName("learning.training-feedback-received.v1")]
public sealed record TrainingFeedbackReceived(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid TrainingEventId, TrainingKind Kind, [FreeText] string Topic, Guid? OrganisationId, int Rating) : IIntegrationEvent;

/// <summary>The partnership's closure days changed (the whole list): every service counting its working days counts without them.</summary>
[MessageUrn("safeguarding:learning:closure-days-changed:v1")]
[EntityName("learning.closure-days-changed.v1")]
public sealed record ClosureDaysChanged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    IReadOnlyList<DateOnly> ClosureDays) : IIntegrationEvent;
