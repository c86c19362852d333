namespace Safeguarding.Audit.Audits;

public sealed record GradeCount(string Grade, int Cases);

/// <summary>
/// The audit's report as the Board reads it: anonymised (no case keys, only counts), with its findings and
/// the actions raised against them.
/// </summary>
public sealed record AuditReportView(
    Guid AuditId,
    string Theme,
    int Year,
    AuditReport Report,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<GradeCount> CaseGrades,
    IReadOnlyList<RaisedAction> Actions,
    DateTimeOffset? ApprovedAt)
{
    public static AuditReportView Of(MultiAgencyAudit audit, AuditReport report) =>
        new(
            audit.Id,
            audit.Theme,
            audit.Year,
            report,
            audit.Findings,
            [.. audit.CaseGrades.GroupBy(g => g.Grade).Select(g => new GradeCount(g.Key, g.Count()))],
            audit.Actions,
            audit.ReportApprovedAt);
}
