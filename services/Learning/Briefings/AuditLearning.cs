using Marten;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Briefings;

/// <summary>A finding of an audit, copied from Audit's event under the finding's own id: a redelivery rewrites the same document.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.WriteBriefings)]
public sealed record AuditFindingCopy(
    Guid Id,
    Guid AuditId,
    [NotPersonal("The audit's theme, set by the partnership.")] string Theme,
    int Year,
    FindingKind Kind,
    [PersonalData(PersonalData.CaseText, "The audit's finding, copied to draft a briefing from it: written from the cases.")] string Text);

/// <summary>An audit's approved report summary, under the audit's id.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.WriteBriefings)]
public sealed record AuditReportCopy(
    Guid Id,
    [NotPersonal("The audit's theme, set by the partnership.")] string Theme,
    int Year,
    [PersonalData(PersonalData.CaseText, "The audit report's summary, copied to draft a briefing from it: written from the cases.")] string Summary);

/// <summary>What Learning knows of an audit, to draft a briefing from: its theme, findings and approved summary.</summary>
public sealed record AuditLearning(Guid Id, string Theme, int Year, IReadOnlyList<AuditFindingCopy> Findings, string? ReportSummary)
{
    public static async Task<AuditLearning?> LoadAsync(IQuerySession session, Guid auditId, CancellationToken cancellationToken)
    {
        var findings = await session.Query<AuditFindingCopy>().Where(f => f.AuditId == auditId).ToListAsync(cancellationToken);
        return From(auditId, findings, await session.LoadAsync<AuditReportCopy>(auditId, cancellationToken));
    }

    /// <summary>What the copies say of one audit, or nothing when Learning has heard nothing of it.</summary>
    public static AuditLearning? From(Guid auditId, IReadOnlyList<AuditFindingCopy> findings, AuditReportCopy? report) =>
        findings.Count == 0 && report is null
            ? null
            : new AuditLearning(auditId, report?.Theme ?? findings[0].Theme, report?.Year ?? findings[0].Year, findings, report?.Summary);
}
