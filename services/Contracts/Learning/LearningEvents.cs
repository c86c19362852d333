using MassTransit;

namespace Safeguarding.Contracts.Learning;

/// <summary>An action entered the partnership's one improvement register; <c>SourceKind</c> is Manual, Audit, Section11 or Review.</summary>
[MessageUrn("safeguarding:learning:action-created:v1")]
[EntityName("learning.action-created.v1")]
public sealed record ActionCreated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, string What, string SourceKind, Guid? SourceReference, Guid OwnerOrganisationId, DateOnly DueDate) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-status-changed:v1")]
[EntityName("learning.action-status-changed.v1")]
public sealed record ActionStatusChanged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, string Status) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-overdue:v1")]
[EntityName("learning.action-overdue.v1")]
public sealed record ActionOverdue(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, DateOnly DueDate) : IIntegrationEvent;

[MessageUrn("safeguarding:learning:action-closed:v1")]
[EntityName("learning.action-closed.v1")]
public sealed record ActionClosed(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid OwnerOrganisationId, string EvidenceOfImpact) : IIntegrationEvent;

/// <summary>Learning that a later audit should test: Programme proposes a re-audit of the theme.</summary>
[MessageUrn("safeguarding:learning:learning-to-test:v1")]
[EntityName("learning.learning-to-test.v1")]
public sealed record LearningToTest(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid LearningId, string Theme, string Learning, string SourceKind, Guid? SourceReference) : IIntegrationEvent;
