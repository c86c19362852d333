using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>Re-audit (DOMAIN.md, step 10): a later audit of the same theme shows whether practice improved.</summary>
public static partial class AuditDecisions
{
    public static Decision MarkAsReAudit(MultiAgencyAudit audit, MarkAsReAudit c, MultiAgencyAudit? previous, Actor by, DateTimeOffset now)
    {
        if (audit.Stage is AuditStage.Closed or AuditStage.Cancelled)
        {
            return Decision.Refuse($"A {audit.Stage.ToString().ToLowerInvariant()} audit cannot become a re-audit.");
        }

        var errors = new ValidationErrors().Check(c)
            .When(c.PreviousAuditId == audit.Id, "previousAuditId", "An audit cannot re-audit itself.")
            .When(c.PreviousAuditId is not null && c.PreviousAuditId != audit.Id && previous is null, "previousAuditId", "There is no such audit.");
        if (previous is not null && c.PreviousAuditId != audit.Id)
        {
            errors.When(previous.Stage != AuditStage.Closed, "previousAuditId", "Only a closed audit can be re-audited.")
                .When(!string.Equals(previous.Theme.Trim(), audit.Theme.Trim(), StringComparison.OrdinalIgnoreCase), "previousAuditId",
                    $"A re-audit looks at the same theme: the earlier audit was on \"{previous.Theme}\", this one is on \"{audit.Theme}\".")
                .When(previous.OpenedAt >= audit.OpenedAt, "previousAuditId", "The audit re-audited must be an earlier one.");
        }

        return Decision.From(errors, () => Decision.Accept(new MarkedAsReAudit(audit.Id, c.PreviousAuditId!.Value, by, now)));
    }
}
