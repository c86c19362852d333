using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

/// <summary>Whether a return is in, for chasing.</summary>
public sealed record ReturnStatus(Guid OrganisationId, string CaseKey, bool Submitted, DateTimeOffset? SubmittedAt);

/// <summary>
/// An audit as one caller may see it: the coordinator and the audit's panel see every return and the case grades;
/// anyone else only their own organisation's returns, return statuses and concerns (DOMAIN.md: "agency auditor
/// ... sees only their agency's returns"), and only the cases their organisation was asked about. A draft is work in
/// progress: only its own agency sees it, not the coordinator.
/// </summary>
public sealed record AuditView(
    Guid Id,
    Guid ProgrammeId,
    int Year,
    int Quarter,
    string Theme,
    AuditStage Stage,
    DateTimeOffset OpenedAt,
    TermsOfReference? Terms,
    IReadOnlyList<SampledCase> Cases,
    IReadOnlyList<CaseAgencies> Agencies,
    IReadOnlyList<ReturnStatus> ReturnStatuses,
    IReadOnlyList<AgencyReturn> Returns,
    IReadOnlyList<ReturnDraft> Drafts,
    DateOnly? MeetingHeldOn,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<CaseGrade> CaseGrades,
    IReadOnlyList<Finding> Findings,
    AuditReport? Report,
    DateTimeOffset? ReportApprovedAt,
    IReadOnlyList<RaisedAction> Actions,
    DateOnly? PresentedToBoardOn,
    IReadOnlyList<ImmediateConcern> Concerns,
    string? CancellationReason,
    Guid? ReAuditOf,
    IReadOnlyList<StepAvailability> Steps,
    long Version)
{
    /// <summary>The coordinator, and panel members of an organisation on this audit's panel or at its meeting.</summary>
    public static bool SeesEveryReturn(ClaimsPrincipal user, MultiAgencyAudit audit) =>
        user.IsInRole(Roles.Coordinator)
        || (user.IsInRole(Roles.PanelMember) && user.OrganisationId() is { } organisation
            && (audit.Terms?.Panel.Contains(organisation) == true || audit.Attendees.Any(a => a.OrganisationId == organisation)));

    public static bool MaySee(ClaimsPrincipal user, MultiAgencyAudit audit, Guid organisationId) =>
        SeesEveryReturn(user, audit) || user.OrganisationId() == organisationId;

    /// <summary>An agency reads only the cases it was asked about, and of those only that it knew the child itself.</summary>
    private static bool AskedAbout(ClaimsPrincipal user, CaseAgencies agencies) =>
        user.OrganisationId() is { } organisation && agencies.OrganisationIds.Contains(organisation);

    private static IReadOnlyList<CaseAgencies> AgenciesFor(ClaimsPrincipal user, MultiAgencyAudit audit) =>
        SeesEveryReturn(user, audit)
            ? audit.Agencies
            : [.. audit.Agencies.Where(a => AskedAbout(user, a)).Select(a => a with { OrganisationIds = [user.OrganisationId()!.Value] })];

    /// <summary>The coordinator reads the report as drafted; everyone else once it is approved.</summary>
    public static bool ShowsReport(ClaimsPrincipal user, MultiAgencyAudit audit) => audit.ReportApprovedAt is not null || user.IsInRole(Roles.Coordinator);

    public static AuditView For(MultiAgencyAudit audit, ClaimsPrincipal user) =>
        new(
            audit.Id,
            audit.ProgrammeId,
            audit.Year,
            audit.Quarter,
            audit.Theme,
            audit.Stage,
            audit.OpenedAt,
            audit.Terms,
            [.. audit.Cases.Where(c => SeesEveryReturn(user, audit) || audit.Agencies.Any(a => a.CaseKey == c.CaseKey && AskedAbout(user, a)))],
            AgenciesFor(user, audit),
            [
                .. audit.ExpectedReturns
                    .Where(e => MaySee(user, audit, e.OrganisationId))
                    .Select(e => audit.Returns.FirstOrDefault(r => r.OrganisationId == e.OrganisationId && r.CaseKey == e.CaseKey) is { } r
                        ? new ReturnStatus(e.OrganisationId, e.CaseKey, true, r.SubmittedAt)
                        : new ReturnStatus(e.OrganisationId, e.CaseKey, false, null)),
            ],
            [.. audit.Returns.Where(r => MaySee(user, audit, r.OrganisationId))],
            [.. audit.Drafts.Where(d => user.OrganisationId() == d.OrganisationId)],
            audit.MeetingHeldOn,
            audit.Attendees,
            SeesEveryReturn(user, audit) ? audit.CaseGrades : [],
            audit.Findings,
            ShowsReport(user, audit) ? audit.Report : null,
            audit.ReportApprovedAt,
            audit.Actions,
            audit.PresentedToBoardOn,
            [.. audit.Concerns.Where(c => MaySee(user, audit, c.OwnerOrganisationId))],
            audit.CancellationReason,
            audit.ReAuditOf,
            AuditFlow.Availability(audit),
            audit.Version);
}
