using MassTransit;

namespace Safeguarding.Contracts.Audit;

[MessageUrn("safeguarding:audit:audit-opened:v1")]
[EntityName("audit.audit-opened.v1")]
public sealed record AuditOpened(
    Guid EventId,
    string PartnershipId,
    DateTimeOffset OccurredAt,
    Actor Actor,
    Guid AuditId,
    string Theme,
    int Year,
    int Quarter) : IIntegrationEvent;
