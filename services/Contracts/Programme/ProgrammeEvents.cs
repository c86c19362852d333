using MassTransit;

namespace Safeguarding.Contracts.Programme;

[MessageUrn("safeguarding:programme:organisation-registered:v1")]
[EntityName("programme.organisation-registered.v1")]
public sealed record OrganisationRegistered(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid OrganisationId,
    string Name,
    OrganisationKind Kind) : IIntegrationEvent;

[MessageUrn("safeguarding:programme:audit-programme-created:v1")]
[EntityName("programme.audit-programme-created.v1")]
public sealed record AuditProgrammeCreated(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid ProgrammeId,
    int Year) : IIntegrationEvent;

/// <summary>A thematic multi-agency audit was put on the year's programme; Audit opens it.</summary>
[MessageUrn("safeguarding:programme:audit-scheduled:v1")]
[EntityName("programme.audit-scheduled.v1")]
public sealed record AuditScheduled(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid ProgrammeId,
    Guid AuditId,
    int Year,
    int Quarter,
    string Theme,
    IReadOnlyList<CaseCategory> Categories) : IIntegrationEvent;

/// <summary>A priority now counts for the programme: recorded by the coordinator, or a candidate accepted.</summary>
[MessageUrn("safeguarding:programme:priority-accepted:v1")]
[EntityName("programme.priority-accepted.v1")]
public sealed record PriorityAccepted(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid PriorityId,
    string Route,
    string Theme,
    string? SourceKind,
    string? SourceReference) : IIntegrationEvent;
