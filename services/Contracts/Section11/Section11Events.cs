using MassTransit;

namespace Safeguarding.Contracts.Section11;

[MessageUrn("safeguarding:section11:cycle-launched:v1")]
[EntityName("section11.cycle-launched.v1")]
public sealed record CycleLaunched(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid CycleId, SelfAssessmentKind Kind, int Year, DateOnly Deadline, FrameworkKey Framework, SchemeKey Scheme) : IIntegrationEvent;

/// <summary>One indicator's score on the cycle's scheme; rank 1 is the best the scheme has.</summary>
public sealed record IndicatorScore(int Standard, IndicatorNumber Indicator, ScoreCode Score, int Rank);

/// <summary>An organisation's return, submitted (or shared in from another partnership), with its self-scores.</summary>
[MessageUrn("safeguarding:section11:assessment-submitted:v1")]
[EntityName("section11.assessment-submitted.v1")]
public sealed record AssessmentSubmitted(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, SelfAssessmentKind Kind, int Year, IReadOnlyList<IndicatorScore> Scores) : IIntegrationEvent;

/// <summary>Organisations invited to a cycle (the denominator of its return rate), each to return by the cycle's deadline.</summary>
[MessageUrn("safeguarding:section11:organisations-invited:v1")]
[EntityName("section11.organisations-invited.v1")]
public sealed record OrganisationsInvited(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid CycleId, SelfAssessmentKind Kind, int Year, IReadOnlyList<Guid> OrganisationIds, DateOnly Deadline) : IIntegrationEvent;

/// <summary>The partnership's moderated score for one indicator of one organisation's assessment.</summary>
[MessageUrn("safeguarding:section11:indicator-moderated:v1")]
[EntityName("section11.indicator-moderated.v1")]
public sealed record IndicatorModerated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, IndicatorNumber Indicator, SchemeKey Scheme, ScoreCode Score,
    SelfAssessmentKind Kind, int Year, int Rank, bool Weak) : IIntegrationEvent;

/// <summary>A standard moderated below its scheme's threshold for an organisation: learning for the programme.</summary>
[MessageUrn("safeguarding:section11:weak-standard-identified:v1")]
[EntityName("section11.weak-standard-identified.v1")]
public sealed record WeakStandardIdentified(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, [FreeText] string StandardTitle, IndicatorNumber Indicator, ScoreCode Score,
    [FreeText] string Rationale) : IIntegrationEvent;

/// <summary>An action on an organisation's agreed Section 11 / 175 action plan, for the improvement actions register.</summary>
[MessageUrn("safeguarding:section11:action-raised:v1")]
[EntityName("section11.action-raised.v1")]
public sealed record ActionRaised(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid AssessmentId, Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, IndicatorNumber? Indicator,
    [FreeText] string What, [FreeText] string Owner, DateOnly DueDate) : IIntegrationEvent;

/// <summary>The partnership challenges one indicator of an organisation's submitted return: the organisation must answer.</summary>
[MessageUrn("safeguarding:section11:assessment-challenged:v1")]
[EntityName("section11.assessment-challenged.v1")]
public sealed record AssessmentChallenged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, SelfAssessmentKind Kind, int Year, Guid ChallengeId, IndicatorNumber Indicator) : IIntegrationEvent;

/// <summary>The partnership's feedback on an organisation's return is issued: the organisation reads it and agrees its plan.</summary>
[MessageUrn("safeguarding:section11:feedback-issued:v1")]
[EntityName("section11.feedback-issued.v1")]
public sealed record FeedbackIssued(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, SelfAssessmentKind Kind, int Year) : IIntegrationEvent;

/// <summary>A cycle is over; the programme marks its scheduled item done.</summary>
[MessageUrn("safeguarding:section11:cycle-closed:v1")]
[EntityName("section11.cycle-closed.v1")]
public sealed record CycleClosed(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid CycleId, SelfAssessmentKind Kind, int Year, int Returned, IReadOnlyList<Guid> NotReturned) : IIntegrationEvent;

/// <summary>An organisation's return is due soon or overdue: for a notifier to chase.</summary>
[MessageUrn("safeguarding:section11:return-reminder-due:v1")]
[EntityName("section11.return-reminder-due.v1")]
public sealed record ReturnReminderDue(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, DateOnly Deadline, bool Overdue) : IIntegrationEvent;
