using MassTransit;

namespace Safeguarding.Contracts.Audit;

// What the rest of the system hears from Audit. Case keys leave the service only where an agency must act on a
// child (an immediate concern); everything else is counts, grades and findings.

[MessageUrn("safeguarding:audit:audit-opened:v1")]
[EntityName("audit.audit-opened.v1")]
public sealed record AuditOpened(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, int Quarter) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:audit-scoped:v1")]
[EntityName("audit.audit-scoped.v1")]
public sealed record AuditScoped(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, Guid ToolId, long ToolVersion, int LookBackMonths, DateOnly ReturnsDue, DateOnly MeetingDate, DateOnly ReportDue)
    : IIntegrationEvent;

[MessageUrn("safeguarding:audit:cases-selected:v1")]
[EntityName("audit.cases-selected.v1")]
public sealed record CasesSelected(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, IReadOnlyDictionary<CaseCategory, int> CasesByCategory) : IIntegrationEvent;

/// <summary>One agency owes returns for this audit: what a notifier chases.</summary>
[MessageUrn("safeguarding:audit:return-requested:v1")]
[EntityName("audit.return-requested.v1")]
public sealed record ReturnRequested(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, Guid OrganisationId, int Cases, DateOnly ReturnsDue) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:return-submitted:v1")]
[EntityName("audit.return-submitted.v1")]
public sealed record ReturnSubmitted(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, Guid OrganisationId, CaseCategory Category, GradeCode OverallGrade, bool MeetsExpectation, Guid ReturnKey)
    : IIntegrationEvent;

[MessageUrn("safeguarding:audit:case-graded:v1")]
[EntityName("audit.case-graded.v1")]
public sealed record CaseGraded(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, CaseCategory Category, GradeScaleKey GradeScale, GradeCode Grade, bool MeetsExpectation, Guid CaseRef)
    : IIntegrationEvent;

[MessageUrn("safeguarding:audit:finding-recorded:v1")]
[EntityName("audit.finding-recorded.v1")]
public sealed record FindingRecorded(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, Guid FindingId, FindingKind Kind, [FreeText] string Text, SectionKey? SectionKey) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:action-raised:v1")]
[EntityName("audit.action-raised.v1")]
public sealed record ActionRaised(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ActionId, Guid AuditId, Theme Theme, [FreeText] string What, Guid OwnerOrganisationId, DateOnly DueDate, Guid FindingId, [FreeText] string Finding)
    : IIntegrationEvent;

/// <summary>The audit's returns are closed: no agency owes one any more, and those still outstanding were missed.</summary>
[MessageUrn("safeguarding:audit:returns-closed:v1")]
[EntityName("audit.returns-closed.v1")]
public sealed record ReturnsClosed(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, IReadOnlyList<Guid> OrganisationsWithReturnsMissing) : IIntegrationEvent;

/// <summary>Sent at once, not at the end of the audit, to the agency that must act for the child.</summary>
[MessageUrn("safeguarding:audit:immediate-concern-raised:v1")]
[EntityName("audit.immediate-concern-raised.v1")]
public sealed record ImmediateConcernRaised(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Guid ConcernId, CaseKey CaseKey, Guid OwnerOrganisationId, [FreeText] string Summary) : IIntegrationEvent;

/// <summary>The owning agency (or the coordinator for it) has acknowledged the concern: nobody needs chasing about it any more.</summary>
[MessageUrn("safeguarding:audit:immediate-concern-acknowledged:v1")]
[EntityName("audit.immediate-concern-acknowledged.v1")]
public sealed record ImmediateConcernAcknowledged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid AuditId, Guid ConcernId, Guid OwnerOrganisationId) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:audit-report-approved:v1")]
[EntityName("audit.audit-report-approved.v1")]
public sealed record AuditReportApproved(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, [FreeText] string Summary) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:audit-closed:v1")]
[EntityName("audit.audit-closed.v1")]
public sealed record AuditClosed(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, int Quarter) : IIntegrationEvent;

[MessageUrn("safeguarding:audit:audit-cancelled:v1")]
[EntityName("audit.audit-cancelled.v1")]
public sealed record AuditCancelled(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid AuditId, Theme Theme, int Year, [FreeText] string Reason) : IIntegrationEvent;
