using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Tools;

/// <summary>A partnership made a tool of its own by copying another (a built-in or one of its own) at a version.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadAudits)]
public sealed record AuditToolCopied(Guid ToolId, Guid CopiedFromToolId, long CopiedFromVersion, ToolTemplate Template, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>A new version of a partnership's tool; audits already started keep the version they began with.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadAudits)]
public sealed record AuditToolRevised(Guid ToolId, ToolTemplate Template, Actor By, DateTimeOffset At) : IDomainEvent;
