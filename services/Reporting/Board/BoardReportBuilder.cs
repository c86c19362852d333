using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;

namespace Safeguarding.Reporting.Board;

/// <summary>
/// Builds the Board's report from the overview's figures and the grade trend. Anonymised: aggregates only, no case
/// keys, and any count of children's cases, reviews or practitioners from 1 to 4 is shown as "&lt;5" (a share of them
/// only over 5 or more). Counts of organisations, programme items, actions and audit findings are about agencies' practice, and shown as they are.
/// </summary>
public static class BoardReportBuilder
{
    public const int SmallNumber = 5;

    /// <summary>A count about children or people, with small numbers suppressed.</summary>
    public static string Count(int n) => n is > 0 and < SmallNumber ? "<5" : N(n);

    /// <summary>A count about agencies or their work.</summary>
    public static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share of organisations or items, whatever the numbers.</summary>
    public static string Rate(int part, int whole) => whole == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100.0 * part / whole):0}%");

    public static string Percent(int part, int whole) =>
        whole < SmallNumber ? "not shown (fewer than 5)" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100.0 * part / whole):0}%");

    public static BoardReport Build(PartnershipOverview overview, ReportData data, DateOnly today)
    {
        var year = overview.Year;
        var (programme, audits, actions, reviews, learning) = (overview.Programme, overview.Audits, overview.Actions, overview.Reviews, overview.Learning);
        var scheduled = programme.Scheduled + programme.InProgress + programme.Overdue + programme.Done;
        return new BoardReport($"Quality assurance report to the Partnership Board, {year}", overview.PartnershipId, year, today,
        [
            new("Programme delivery", $"{N(programme.Done)} of {N(scheduled)} scheduled items are done; {N(programme.Overdue)} overdue.",
            [
                new("Scheduled", N(programme.Scheduled)), new("In progress", N(programme.InProgress)), new("Overdue", N(programme.Overdue)),
                new("Done", N(programme.Done)), new("Withdrawn", N(programme.Withdrawn)),
            ]),
            new("Audit results", $"{Percent(audits.GoodOrBetter, audits.CasesGraded)} of {Count(audits.CasesGraded)} cases audited were graded Good or better.",
            [
                new("Audits", N(audits.Audits)), new("Cases graded", Count(audits.CasesGraded)), new("Good or better", Count(audits.GoodOrBetter)),
                .. audits.ByCategory.Select(c => new Figure($"{c.Category}: Good or better", $"{Count(c.GoodOrBetter)} of {Count(c.Graded)}")),
                new("Good practice found", N(audits.GoodPractice)), new("Areas for development", N(audits.AreasForDevelopment)),
                new("Immediate concerns raised", Count(audits.ImmediateConcerns)),
            ],
            GradeTrend(data, year)),
            .. overview.Cycles.Select(c => new ReportSection(
                c.Kind == SelfAssessmentKind.Section175 ? "Section 175 (schools)" : "Section 11",
                $"{N(c.Returned)} of {N(c.Invited)} organisations returned ({Rate(c.Returned, c.Invited)}); {N(c.WeakIndicators)} indicators moderated as weak.",
                [
                    new("Invited", N(c.Invited)), new("Returned", N(c.Returned)), new("Reminders sent", N(c.Reminders)),
                    new("Indicators moderated", N(c.IndicatorsModerated)), new("Moderated below the self-score", N(c.ModeratedBelowSelfScore)),
                    new("Weak indicators", N(c.WeakIndicators)), new("Cycle closed", c.Closed ? "yes" : "no"),
                ])),
            new("Improvement actions", $"{N(actions.Total)} actions; {N(actions.Overdue)} overdue; {N(actions.ClosedWithEvidence)} closed with evidence of impact.",
            [
                .. actions.ByStatus.Select(s => new Figure(s.Status.ToString(), N(s.Actions))),
                new("Average days overdue", actions.AverageDaysOverdue?.ToString("0.0", CultureInfo.InvariantCulture) ?? "none overdue"),
            ],
            new Chart("Actions by status", [.. actions.ByStatus.Select(s => new Bar(s.Status.ToString(), s.Actions, N(s.Actions)))], Math.Max(1, actions.ByStatus.Select(s => s.Actions).DefaultIfEmpty().Max()))),
            new("Reviews", $"{Count(reviews.Reviews)} reviews; {Count(reviews.DeadlinesMissed)} statutory deadlines missed.",
            [
                new("Reviews", Count(reviews.Reviews)), new("Decided", Count(reviews.Decided)), new("Deadlines missed", Count(reviews.DeadlinesMissed)),
                new("Deadlines at risk", Count(reviews.DeadlinesAtRisk)),
            ]),
            new("Learning", $"{N(learning.BriefingsPublished)} briefings published; {Count(learning.FeedbackResponses)} practitioners gave feedback.",
            [
                new("Briefings published", N(learning.BriefingsPublished)), new("Feedback responses", Count(learning.FeedbackResponses)),
                new("Average rating (1-5)", learning.FeedbackResponses < SmallNumber ? "not shown (fewer than 5)" : learning.AverageRating?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"),
            ]),
        ]);
    }

    /// <summary>The share of cases graded Good or better, year by year up to the report's year.</summary>
    private static Chart GradeTrend(ReportData data, int year) =>
        new("Cases graded Good or better, by year",
        [
            .. data.Grades.Where(g => g.AgreedAtMeeting && g.Year <= year).GroupBy(g => g.Year).OrderBy(g => g.Key).Select(g => new Bar(
                g.Key.ToString(CultureInfo.InvariantCulture),
                g.Count() < SmallNumber ? 0 : 100.0 * g.Count(x => x.MeetsExpectation) / g.Count(),
                Percent(g.Count(x => x.MeetsExpectation), g.Count()))),
        ],
        100);
}
