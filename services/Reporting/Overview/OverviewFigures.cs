using Safeguarding.Contracts;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Overview;

/// <summary>Every read model row of one partnership, loaded once for a report.</summary>
public sealed record ReportData(
    IReadOnlyList<OrganisationRow> Organisations, IReadOnlyList<ProgrammeItemRow> Items, IReadOnlyList<GradeRow> Grades, IReadOnlyList<FindingRow> Findings,
    IReadOnlyList<AssessmentRow> Assessments, IReadOnlyList<CycleRow> Cycles, IReadOnlyList<ActionRow> Actions, IReadOnlyList<ReviewRow> Reviews,
    IReadOnlyList<LearningRow> Learning)
{
    /// <summary>
    /// The year a finding or concern counts in: its audit's year on the programme (a concern raised in January on last
    /// year's audit is last year's), or the year it was recorded when the audit is not on a programme Reporting knows.
    /// </summary>
    public int YearOf(FindingRow finding) => Items.FirstOrDefault(i => i.Id == finding.AuditId && i.Kind == ProgrammeItemKind.Audit)?.Year ?? finding.Year;
}

/// <summary>The overview's figures, as pure functions of the rows: what the tests compute by hand, the code computes here.</summary>
public static class OverviewFigures
{
    public static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);

    public static ProgrammeFigures Programme(ReportData data, int year)
    {
        var items = data.Items.Where(i => i.Scheduled && i.Year == year).ToList();
        int Count(ItemState state) => items.Count(i => i.State == state);
        return new(Count(ItemState.Scheduled), Count(ItemState.InProgress), Count(ItemState.Overdue), Count(ItemState.Done), Count(ItemState.Withdrawn));
    }

    public static AuditFigures Audits(ReportData data, int year)
    {
        var grades = data.Grades.Where(g => g.Year == year).ToList();
        var agreed = grades.Where(g => g.AgreedAtMeeting).ToList();
        var findings = data.Findings.Where(f => data.YearOf(f) == year).ToList();
        return new AuditFigures(
            agreed.Select(g => g.AuditId).Distinct().Count(),
            agreed.Count,
            agreed.Count(g => g.MeetsExpectation),
            Share(agreed.Count(g => g.MeetsExpectation), agreed.Count),
            [.. agreed.GroupBy(g => g.Grade?.Value ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GradeCount(g.Key, g.Count()))],
            [.. agreed.GroupBy(g => g.Category).OrderBy(g => g.Key).Select(g => new CategoryFigures(g.Key, g.Count(), g.Count(x => x.MeetsExpectation), Share(g.Count(x => x.MeetsExpectation), g.Count())))],
            grades.Count(g => !g.AgreedAtMeeting),
            findings.Count(f => f.Kind == FindingKind.GoodPractice),
            findings.Count(f => f.Kind == FindingKind.AreaForDevelopment),
            findings.Count(f => f.ImmediateConcern));
    }

    public static IReadOnlyList<CycleFigures> Cycles(ReportData data, int year) =>
    [
        .. data.Cycles.Where(c => c.Year == year).OrderBy(c => c.Kind).Select(cycle =>
        {
            var moderated = data.Assessments.Where(a => a.CycleId == cycle.Id).SelectMany(a => a.Indicators).Where(i => i.ModeratedScore is not null).ToList();
            var returned = cycle.Returned.Count(cycle.Invited.Contains);
            return new CycleFigures(
                cycle.Kind, cycle.Invited.Count, returned, Share(returned, cycle.Invited.Count), cycle.ReminderIds.Count, moderated.Count,
                moderated.Count(i => i.SelfRank is { } self && i.ModeratedRank > self), moderated.Count(i => i.Weak), cycle.Closed);
        }),
    ];

    public static ActionFigures Actions(ReportData data, DateOnly today)
    {
        var actions = data.Actions.Where(a => a.DueDate is not null).ToList();
        var overdue = actions.Where(a => a.Status == ActionStatus.Overdue).ToList();
        var closed = actions.Count(a => a.Closed);
        return new ActionFigures(
            actions.Count,
            [.. actions.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Count()))],
            overdue.Count,
            overdue.Count == 0 ? null : Math.Round(overdue.Average(a => today.DayNumber - a.DueDate!.Value.DayNumber), 1),
            closed,
            Share(closed, actions.Count));
    }

    public static ReviewFigures Reviews(ReportData data, DateOnly today) =>
        new(data.Reviews.Count, data.Reviews.Count(r => r.Decision is not null), data.Reviews.Sum(r => r.MissedOn(today).Count), data.Reviews.Sum(r => r.AtRiskOn(today).Count));

    public static LearningFigures Learning(ReportData data)
    {
        var feedback = data.Learning.Where(l => l.Kind == LearningProjection.Feedback && l.Rating is not null).ToList();
        return new(
            data.Learning.Count(l => l.Kind == LearningProjection.Briefing),
            feedback.Count,
            feedback.Count == 0 ? null : Math.Round(feedback.Average(f => f.Rating!.Value), 2));
    }

    public static PartnershipOverview Overview(string partnershipId, ReportData data, int year, DateOnly today, Freshness freshness) =>
        new(partnershipId, year, data.Organisations.Count, Programme(data, year), Audits(data, year), Cycles(data, year), Actions(data, today), Reviews(data, today), Learning(data), freshness);
}
