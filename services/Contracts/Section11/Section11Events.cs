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
