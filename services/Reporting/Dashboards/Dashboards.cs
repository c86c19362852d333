using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Dashboards;

public sealed record ReturnFigures(int Returns, int GoodOrBetter, double? GoodOrBetterShare, double? PartnershipGoodOrBetterShare);

public sealed record StandardCell(int Standard, string? SelfScore, string? ModeratedScore, bool Weak, int? RankChangeSinceLastYear);

/// <summary>What the year's audits an agency returned to found: good practice to share and areas to develop.</summary>
public sealed record AuditFindings(int Audits, int GoodPractice, int AreasForDevelopment);

public sealed record OwnedActions(int Owned, IReadOnlyList<StatusCount> ByStatus, int Overdue, int PartnershipTotal, int PartnershipOverdue);

/// <summary>One agency's own figures beside the partnership's aggregates: what an agency user may see.</summary>
public sealed record AgencyDashboard(
    Guid OrganisationId, string Name, int Year, ReturnFigures Returns, AuditFindings Findings, IReadOnlyList<StandardCell> Section11, OwnedActions Actions,
    Freshness Freshness);

public sealed record ThemeYear(int Year, int Audits, int CasesGraded, double? GoodOrBetterShare, int AreasForDevelopment, int ImmediateConcerns);

/// <summary>A theme over the years: is practice improving where the partnership has looked before?</summary>
public sealed record ThemeTrend(string Theme, IReadOnlyList<ThemeYear> Years);

public sealed record OverdueAction(Guid ActionId, string What, Guid OwnerOrganisationId, string Owner, DateOnly DueDate, int DaysOverdue);

public sealed record ComplianceRow(Guid OrganisationId, string Name, bool Returned, IReadOnlyList<StandardCell> Standards);

/// <summary>Organisation by standard: self-score against moderated score, and the change since the year before.</summary>
public sealed record ComplianceMatrix(string Kind, int Year, int Invited, int Returned, double? ReturnRate, IReadOnlyList<ComplianceRow> Organisations);

public static class DashboardFigures
{
    public static AgencyDashboard Agency(ReportData data, Guid organisationId, int year, DateOnly today, Freshness freshness)
    {
        var returns = data.Grades.Where(g => !g.AgreedAtMeeting && g.Year == year).ToList();
        var own = returns.Where(g => g.OrganisationId == organisationId).ToList();
        var actions = OverviewFigures.Actions(data with { Actions = [.. data.Actions.Where(a => a.OwnerOrganisationId == organisationId)] }, today);
        var all = OverviewFigures.Actions(data, today);
        var audited = own.Select(g => g.AuditId).ToHashSet();
        var findings = data.Findings.Where(f => audited.Contains(f.AuditId)).ToList();
        return new AgencyDashboard(
            organisationId,
            data.Organisations.FirstOrDefault(o => o.Id == organisationId)?.Name ?? "",
            year,
            new ReturnFigures(own.Count, own.Count(g => g.MeetsExpectation), OverviewFigures.Share(own.Count(g => g.MeetsExpectation), own.Count),
                OverviewFigures.Share(returns.Count(g => g.MeetsExpectation), returns.Count)),
            new AuditFindings(audited.Count, findings.Count(f => f.Kind == FindingKind.GoodPractice), findings.Count(f => f.Kind == FindingKind.AreaForDevelopment)),
            Standards(data, organisationId, year, kind: null),
            new OwnedActions(actions.Total, actions.ByStatus, actions.Overdue, all.Total, all.Overdue),
            freshness);
    }

    /// <summary>Every overdue action, longest overdue first, optionally for one owner.</summary>
    public static IReadOnlyList<OverdueAction> Overdue(ReportData data, DateOnly today, Guid? owner) =>
    [
        .. data.Actions.Where(a => a.Status == ActionStatus.Overdue && a.DueDate is not null && (owner is null || a.OwnerOrganisationId == owner))
            .Select(a => new OverdueAction(a.Id, a.What, a.OwnerOrganisationId, data.Organisations.FirstOrDefault(o => o.Id == a.OwnerOrganisationId)?.Name ?? "",
                a.DueDate!.Value, today.DayNumber - a.DueDate.Value.DayNumber))
            .OrderByDescending(a => a.DaysOverdue).ThenBy(a => a.Owner, StringComparer.Ordinal),
    ];

    /// <summary>Every theme graded or found on, once however it was capitalised or spaced, as first heard.</summary>
    public static IReadOnlyList<string> Themes(ReportData data) =>
    [
        .. data.Grades.Select(g => g.Theme).Concat(data.Findings.Select(f => f.Theme)).OfType<Theme>().Distinct()
            .Select(t => t.Value).Order(StringComparer.Ordinal),
    ];

    public static ThemeTrend Theme(ReportData data, Theme theme)
    {
        var grades = data.Grades.Where(g => g.AgreedAtMeeting && g.Theme == theme).ToList();
        var audits = data.Items.Where(i => i.Kind == ProgrammeItemKind.Audit && i.Theme == theme).Select(i => i.Id).ToHashSet();
        var findings = data.Findings.Where(f => audits.Contains(f.AuditId) || f.Theme == theme).ToList();
        var years = grades.Select(g => g.Year).Concat(findings.Select(f => f.Year)).Distinct().Order();
        return new ThemeTrend(theme.Value,
        [
            .. years.Select(year =>
            {
                var graded = grades.Where(g => g.Year == year).ToList();
                return new ThemeYear(year, graded.Select(g => g.AuditId).Distinct().Count(), graded.Count,
                    OverviewFigures.Share(graded.Count(g => g.MeetsExpectation), graded.Count),
                    findings.Count(f => f.Year == year && f.Kind == FindingKind.AreaForDevelopment),
                    findings.Count(f => f.Year == year && f.ImmediateConcern));
            }),
        ]);
    }

    public static ComplianceMatrix Compliance(ReportData data, string kind, int year)
    {
        var cycles = data.Cycles.Where(c => c.Kind.ToString() == kind && c.Year == year).ToList();
        var invited = cycles.SelectMany(c => c.Invited).Distinct().ToList();
        var returned = cycles.SelectMany(c => c.Returned).Where(invited.Contains).Distinct().ToList();
        return new ComplianceMatrix(kind, year, invited.Count, returned.Count, OverviewFigures.Share(returned.Count, invited.Count),
        [
            .. invited.Select(o => new ComplianceRow(o, data.Organisations.FirstOrDefault(x => x.Id == o)?.Name ?? "", returned.Contains(o), Standards(data, o, year, kind)))
                .OrderBy(r => r.Name, StringComparer.Ordinal),
        ]);
    }

    /// <summary>Per standard, the worst indicator: the lowest self-score and the lowest moderated score (rank 1 is best).</summary>
    private static IReadOnlyList<StandardCell> Standards(ReportData data, Guid organisationId, int year, string? kind)
    {
        IEnumerable<IndicatorResult> IndicatorsIn(int y) => data.Assessments
            .Where(a => a.OrganisationId == organisationId && a.Year == y && (kind is null || a.Kind.ToString() == kind))
            .SelectMany(a => a.Indicators);
        var lastYear = IndicatorsIn(year - 1).GroupBy(i => i.Standard).ToDictionary(g => g.Key, g => g.Max(i => i.ModeratedRank));
        return
        [
            .. IndicatorsIn(year).GroupBy(i => i.Standard).OrderBy(g => g.Key).Select(g =>
            {
                var self = g.Where(i => i.SelfRank is not null).MaxBy(i => i.SelfRank);
                var moderated = g.Where(i => i.ModeratedRank is not null).MaxBy(i => i.ModeratedRank);
                return new StandardCell(g.Key, self?.SelfScore?.Value, moderated?.ModeratedScore?.Value, g.Any(i => i.Weak),
                    moderated?.ModeratedRank is { } now && lastYear.GetValueOrDefault(g.Key) is { } then ? now - then : null);
            }),
        ];
    }
}
