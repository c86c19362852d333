using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Learning.Reviews;

/// <summary>The stages of a local review, in order.</summary>
public enum ReviewStage
{
    TermsOfReference,
    AgencyInformation,
    PractitionerEvent,
    Draft,
    Final,
    Published,
}

/// <summary>
/// A serious incident the partnership became aware of. <c>CaseReference</c> is the partnership's pseudonymous key for
/// the case; nothing identifies the child.
/// </summary>
public sealed record SeriousIncidentRecorded(
    Guid ReviewId, string CaseReference, string Theme, string Summary, DateOnly AwareOn, Deadline PanelNotificationDue, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record PanelNotified(Guid ReviewId, DateOnly NotifiedOn, Deadline RapidReviewDue, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The Rapid Review's decision, with its rationale; a local review's final report is due six months later.</summary>
public sealed record RapidReviewDecided(
    Guid ReviewId, string Theme, ReviewDecision Decision, string Rationale, DateOnly DecidedOn, Deadline? FinalReportDue, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A Practice Learning Review the partnership opens according to need, from a referral.</summary>
public sealed record PracticeLearningReviewOpened(
    Guid ReviewId, string? CaseReference, string Theme, Guid ReferredBy, string Reason, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ReviewStageCompleted(Guid ReviewId, ReviewStage Stage, DateOnly CompletedOn, string? Note, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A recommendation; it enters the improvement actions register as an action under the same id.</summary>
public sealed record RecommendationMade(
    Guid ReviewId, ReviewKind Kind, string Theme, Guid RecommendationId, string Text, Guid OwnerOrganisationId, DateOnly DueDate, string? TestTheme, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A statutory deadline of the review is close (at risk) or has passed (missed) with its step not taken.</summary>
public sealed record ReviewDeadlineFlagged(Guid ReviewId, StatutoryDeadline Deadline, DateOnly Due, bool Missed, Actor By, DateTimeOffset At) : IDomainEvent;
