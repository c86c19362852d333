using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// Immediate concerns (DOMAIN.md, step 6): raised at any point once the sample exists, sent to the owning agency
/// at once, and the audit cannot close until that agency has acknowledged each one.
/// </summary>
public static partial class AuditDecisions
{
    public static Decision RaiseConcern(MultiAgencyAudit audit, RaiseConcern c, IReadOnlySet<Guid> directory, Func<Guid> newId, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.RaiseConcern)
        ?? Decision.From(
            new ValidationErrors().Check(c)
                .When(c.CaseKey is not null && audit.Cases.All(x => x.CaseKey != c.CaseKey), "caseKey", "That case is not in the sample.")
                .When(c.OwnerOrganisationId is { } owner && !directory.Contains(owner), "ownerOrganisationId", Unknown),
            () => Decision.Accept(new ImmediateConcernRaised(audit.Id, newId(), c.CaseKey!, c.OwnerOrganisationId!.Value, c.Summary!.Trim(), by, now)));

    /// <summary>Only the owning agency (or the coordinator for it) acknowledges a concern, once.</summary>
    public static Decision AcknowledgeConcern(MultiAgencyAudit audit, Guid concernId, Guid? callerOrganisation, bool isCoordinator, Actor by, DateTimeOffset now)
    {
        var concern = audit.Concerns.FirstOrDefault(c => c.ConcernId == concernId);
        if (concern is null)
        {
            return Decision.Reject(new ValidationErrors().Add("concernId", "The audit has no such concern."));
        }

        if (!isCoordinator && callerOrganisation != concern.OwnerOrganisationId)
        {
            return Decision.Forbid("Only the agency the concern was sent to can acknowledge it.");
        }

        return concern.IsAcknowledged
            ? Decision.Refuse("The concern was already acknowledged.")
            : Decision.Accept(new ImmediateConcernAcknowledged(audit.Id, concernId, by, now));
    }
}
