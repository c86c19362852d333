using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>The chair's report, drafted (anonymised) and approved.</summary>
public static partial class AuditDecisions
{
    public const int MaxSummaryLength = 2000;
    public const int MaxNarrativeLength = 20000;
    public const int MaxRecommendations = 20;

    public static Decision DraftReport(MultiAgencyAudit audit, DraftReport c, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.DraftReport)
        ?? Decision.From(ValidateReport(audit, c), () => Decision.Accept(new AuditReportDrafted(
            audit.Id,
            new AuditReport(c.Summary!.Trim(), c.Narrative!.Trim(), [.. (c.Recommendations ?? []).Select(r => r.Trim())]),
            by,
            now)));

    /// <summary>A report goes to the Board and beyond: it must not name a case, even by its key.</summary>
    private static ValidationErrors ValidateReport(MultiAgencyAudit audit, DraftReport c)
    {
        var errors = new ValidationErrors().Check(c);
        var recommendations = c.Recommendations ?? [];

        foreach (var (text, field) in new (string? Text, string Field)[] { (c.Summary, "summary"), (c.Narrative, "narrative") }.Concat(recommendations.Select((r, i) => ((string?)r, $"recommendations[{i}]"))))
        {
            var named = audit.Cases.FirstOrDefault(x => text?.Contains(x.CaseKey, StringComparison.OrdinalIgnoreCase) == true);
            errors.When(named is not null, field, $"The report is anonymised: remove the case key {named?.CaseKey}.");
        }

        return errors;
    }

    public static Decision ApproveReport(MultiAgencyAudit audit, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.ApproveReport) ?? Decision.Accept(new AuditReportApproved(audit.Id, by, now));
}
