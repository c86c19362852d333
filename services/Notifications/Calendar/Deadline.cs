using Marten.Metadata;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Notifications.Calendar;

public enum DeadlineKind
{
    AuditReturns,
    SelfAssessment,
    ImprovementAction,
    Review,
}

/// <summary>
/// A date someone must meet, copied from the integration event that set it: for the organisations it names (none: the
/// partnership's own), with the page it is met on. Words only a calendar needs: no case key, no child, no narrative.
/// </summary>
public sealed record Deadline(
    Guid Id,
    DeadlineKind Kind,
    Guid SourceId,
    IReadOnlyList<Guid> Organisations,
    [NotPersonal("Words only a calendar needs: the record's kind and theme.")] string Title,
    DateOnly Due,
    [NotPersonal("The page the deadline is met on, by id.")] string Path) : ITenanted
{
    public string? TenantId { get; set; }

    /// <summary>Met or no longer owed (returns closed, an action closed): it leaves the calendars.</summary>
    public bool Done { get; init; }
}

/// <summary>An organisation invited to a Section 11 or 175 cycle: its calendar shows the cycle's deadline.</summary>
public sealed record CycleInvitation(Guid Id, Guid CycleId, Guid OrganisationId) : ITenanted
{
    public string? TenantId { get; set; }
}
