using Marten.Metadata;

namespace Safeguarding.Notifications.Concerns;

/// <summary>
/// An immediate concern the owning agency must acknowledge by <c>EscalateAt</c>. Only the check that escalates it writes
/// <c>SettledAt</c> (escalated, or found acknowledged), so two writers never race on one row.
/// </summary>
public sealed record ConcernWatch(Guid Id, Guid AuditId, Guid OrganisationId, DateTimeOffset RaisedAt, DateTimeOffset EscalateAt, int TargetWorkingDays) : ITenanted
{
    public string? TenantId { get; set; }

    public DateTimeOffset? SettledAt { get; init; }

    public bool Escalated { get; init; }
}

/// <summary>The agency acknowledged the concern (kept apart from the watch, whichever message arrives first).</summary>
public sealed record ConcernAcknowledgement(Guid Id, DateTimeOffset At) : ITenanted
{
    public string? TenantId { get; set; }
}
