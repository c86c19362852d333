using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

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
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record SeriousIncidentRecorded(
    Guid ReviewId,
    [PersonalData(PersonalData.CaseKey)] string CaseReference,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    [PersonalData(PersonalData.CaseText, "What happened, for the panel and the partnership to decide on a review.")] string Summary,
    DateOnly AwareOn,
    Deadline PanelNotificationDue,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record PanelNotified(Guid ReviewId, DateOnly NotifiedOn, Deadline RapidReviewDue, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The Rapid Review's decision, with its rationale; a local review's final report is due six months later.</summary>
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record RapidReviewDecided(
    Guid ReviewId,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    ReviewDecision Decision,
    [PersonalData(PersonalData.CaseText, "Why the Rapid Review decided as it did: draws on the case.")] string Rationale,
    DateOnly DecidedOn,
    Deadline? FinalReportDue,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A Practice Learning Review the partnership opens according to need, from a referral.</summary>
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record PracticeLearningReviewOpened(
    Guid ReviewId,
    [PersonalData(PersonalData.CaseKey)] string? CaseReference,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    Guid ReferredBy,
    [PersonalData(PersonalData.CaseText, "Why the review was opened: draws on the case.")] string Reason,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record ReviewStageCompleted(
    Guid ReviewId,
    ReviewStage Stage,
    DateOnly CompletedOn,
    [PersonalData(PersonalData.CaseText, "A note on the stage: may touch on the case.")] string? Note,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A recommendation; it enters the improvement actions register as an action under the same id.</summary>
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record RecommendationMade(
    Guid ReviewId,
    ReviewKind Kind,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    Guid RecommendationId,
    [PersonalData(PersonalData.CaseText, "The recommendation: may draw on the case.")] string Text,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    [NotPersonal("What a later audit should test, as a theme.")] string? TestTheme,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A statutory deadline of the review is close (at risk) or has passed (missed) with its step not taken.</summary>
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record ReviewDeadlineFlagged(Guid ReviewId, StatutoryDeadline Deadline, DateOnly Due, bool Missed, Actor By, DateTimeOffset At) : IDomainEvent;
