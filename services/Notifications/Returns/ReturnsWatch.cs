using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Returns;

/// <summary>
/// An agency's audit returns for one audit, watched from their due date: reminded at <c>NextCheckAt</c>, then escalated
/// at the next one if still late. Only the check writes it after it is made, so two writers never race on one row.
/// </summary>
public sealed record ReturnsWatch(
    Guid Id,
    Guid AuditId,
    Guid OrganisationId,
    [NotPersonal("The audit's theme, for the reminder's words.")] string Theme,
    int Cases,
    DateOnly Due,
    DateTimeOffset NextCheckAt) : ITenanted
{
    public string? TenantId { get; set; }

    public bool Reminded { get; init; }

    /// <summary>All in, closed or escalated: nothing more to chase.</summary>
    public DateTimeOffset? SettledAt { get; init; }

    public static Guid IdFor(Guid auditId, Guid organisationId) => DeterministicGuid.Create("returns-watch", auditId.ToString(), organisationId.ToString());
}

/// <summary>One agency's return for one case is in (a replaced return keeps its key, so it counts once).</summary>
public sealed record ReturnReceived(Guid Id, Guid AuditId, Guid OrganisationId) : ITenanted
{
    public string? TenantId { get; set; }
}

/// <summary>The audit takes no more returns (closed to returns or cancelled): its watches settle.</summary>
public sealed record ReturnsNoLongerTaken(Guid Id) : ITenanted
{
    public string? TenantId { get; set; }
}
