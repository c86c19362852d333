using MassTransit;

namespace Safeguarding.Contracts.Learning;

[MessageUrn("safeguarding:learning:improvement-action-recorded:v1")]
[EntityName("learning.improvement-action-recorded.v1")]
public sealed record ImprovementActionRecorded(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid ActionId,
    string Title,
    Guid OwnerOrganisationId,
    DateOnly DueDate) : IIntegrationEvent;
