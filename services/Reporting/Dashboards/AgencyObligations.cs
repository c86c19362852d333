using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Dashboards;

/// <summary>An audit's case returns the agency has still to send, while the audit still takes them.</summary>
public sealed record OwedAuditReturns(Guid AuditId, string Theme, DateOnly? Due, int Requested, int Submitted, bool Overdue);

/// <summary>A Section 11 or Section 175 self-assessment the agency was invited to and has not submitted, while its cycle is open.</summary>
public sealed record OwedSelfAssessment(Guid CycleId, SelfAssessmentKind Kind, int Year, DateOnly? Deadline, bool Overdue);

/// <summary>An action of the register the agency owns and has not yet completed.</summary>
public sealed record OwedAction(Guid ActionId, string What, ActionSourceKind Source, DateOnly? Due, ActionStatus Status);

/// <summary>
/// What one organisation owes the partnership today, in one answer for an agency's own system: audit returns,
/// self-assessments and actions, soonest due first.
/// </summary>
public sealed record AgencyObligations(
    Guid OrganisationId, string Name, DateOnly Today, IReadOnlyList<OwedAuditReturns> AuditReturns, IReadOnlyList<OwedSelfAssessment> SelfAssessments,
    IReadOnlyList<OwedAction> Actions, Freshness Freshness);

public static class ObligationFigures
{
    public static AgencyObligations For(
        OrganisationRow organisation, IEnumerable<ReturnRequestsRow> audits, IEnumerable<CycleRow> cycles, IEnumerable<ActionRow> actions, DateOnly today,
        Freshness freshness) =>
        new(
            organisation.Id,
            organisation.Name,
            today,
            [
                .. audits.Where(a => !a.Closed)
                    .SelectMany(a => a.Agencies.Where(r => r.OrganisationId == organisation.Id && r.Submitted.Count < r.Cases)
                        .Select(r => new OwedAuditReturns(a.Id, a.Theme?.Value ?? "", a.Due, r.Cases, r.Submitted.Count, a.Due < today)))
                    .OrderBy(r => r.Due),
            ],
            [
                .. cycles.Where(c => !c.Closed && c.Invited.Contains(organisation.Id) && !c.Returned.Contains(organisation.Id))
                    .Select(c => new OwedSelfAssessment(c.Id, c.Kind, c.Year, c.Deadline, c.Deadline < today))
                    .OrderBy(c => c.Deadline),
            ],
            [
                .. actions.Where(a => a.OwnerOrganisationId == organisation.Id && a.Status is not (ActionStatus.Completed or ActionStatus.Closed))
                    .Select(a => new OwedAction(a.Id, a.What, a.SourceKind, a.DueDate, a.Status))
                    .OrderBy(a => a.Due),
            ],
            freshness);
}
