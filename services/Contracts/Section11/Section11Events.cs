using MassTransit;

namespace Safeguarding.Contracts.Section11;

[MessageUrn("safeguarding:section11:cycle-opened:v1")]
[EntityName("section11.cycle-opened.v1")]
public sealed record Section11CycleOpened(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid CycleId,
    int Year,
    DateOnly Deadline) : IIntegrationEvent;

[MessageUrn("safeguarding:section11:assessment-submitted:v1")]
[EntityName("section11.assessment-submitted.v1")]
public sealed record AssessmentSubmitted(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid AssessmentId,
    Guid CycleId,
    Guid OrganisationId) : IIntegrationEvent;

/// <summary>The partnership's moderated score for one indicator of one organisation's assessment.</summary>
[MessageUrn("safeguarding:section11:indicator-moderated:v1")]
[EntityName("section11.indicator-moderated.v1")]
public sealed record IndicatorModerated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, string Indicator, string Scheme, string Score) : IIntegrationEvent;

/// <summary>A standard moderated below its scheme's threshold for an organisation: learning for the programme.</summary>
[MessageUrn("safeguarding:section11:weak-standard-identified:v1")]
[EntityName("section11.weak-standard-identified.v1")]
public sealed record WeakStandardIdentified(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, string StandardTitle, string Indicator, string Score, string Rationale)
    : IIntegrationEvent;
