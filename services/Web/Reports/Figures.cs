using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.Web.Components.Charts;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Reports;

/// <summary>Turns the Reporting API's figures into what the charts draw and the words beside them.</summary>
public static class Figures
{
    private static readonly string[] GradeOrder = ["outstanding", "good", "requires-improvement", "inadequate"];

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "No figures yet";

    public static string GradeLabel(string grade) => grade switch
    {
        "outstanding" => "Outstanding",
        "good" => "Good",
        "requires-improvement" => "Requires improvement to be good",
        "inadequate" => "Inadequate",
        _ => grade,
    };

    public static IReadOnlyList<ChartBar> Grades(IEnumerable<(string Grade, int Cases)> grades) =>
    [
        .. grades.OrderBy(g => Array.IndexOf(GradeOrder, g.Grade) is var i and >= 0 ? i : GradeOrder.Length)
            .Select(g => new ChartBar(GradeLabel(g.Grade), g.Cases, Cases(g.Cases), g.Grade switch
            {
                "outstanding" or "good" => "good",
                "requires-improvement" => "warning",
                "inadequate" => "bad",
                _ => null,
            })),
    ];

    public static IReadOnlyList<ChartBar> ActionStatuses(IEnumerable<StatusCountDto> statuses) =>
    [
        .. statuses.Select(s => new ChartBar(Words.Of(s.Status), s.Actions, s.Actions.ToString(CultureInfo.InvariantCulture), s.Status switch
        {
            ActionStatus.OnTrack => "good",
            ActionStatus.AtRisk => "warning",
            ActionStatus.Overdue => "bad",
            ActionStatus.NotStarted or ActionStatus.Closed => "neutral",
            _ => null,
        })),
    ];

    public static IReadOnlyList<ChartBar> Trend(ThemeTrendDto trend) =>
    [
        .. trend.Years.OrderBy(y => y.Year).Select(y => new ChartBar(
            $"{y.Year} ({Cases(y.CasesGraded)})", (y.GoodOrBetterShare ?? 0) * 100, Percent(y.GoodOrBetterShare))),
    ];

    private static string Cases(int count) => Count(count, "case");

    public static string Count(int count, string thing, string? things = null) => count == 1 ? $"1 {thing}" : $"{count} {things ?? thing + "s"}";

    public static HeatRow HeatRow(ComplianceRowDto row, IReadOnlyList<int> standards) =>
        new(row.Name, [.. standards.Select(n => row.Standards.FirstOrDefault(s => s.Standard == n) is { } cell ? Heat(cell, row.Returned) : new HeatCell(null, "", "No score"))]);

    private static HeatCell Heat(StandardCellDto cell, bool returned)
    {
        var score = cell.ModeratedScore ?? cell.SelfScore;
        var text = score is null ? (returned ? "No score" : "No return")
            : cell.ModeratedScore is null ? $"Self-score {score}"
            : $"Moderated {cell.ModeratedScore} (self-score {cell.SelfScore ?? "none"})";
        return new HeatCell(Level(score), Abbreviate(score), text);
    }

    /// <summary>Every scoring scheme on one scale: 4 strongest (green) to 1 weakest (red).</summary>
    private static int? Level(string? score) => score switch
    {
        "green" or "3" or "fully-met" or "yes" => 4,
        "2" or "mostly-met" => 3,
        "amber" or "1" or "partially-met" => 2,
        "red" or "0" or "not-met" or "no" => 1,
        _ => null,
    };

    private static string Abbreviate(string? score) =>
        score is null ? "–" : string.Concat(score.Split('-').Select(part => char.ToUpperInvariant(part[0])));
}
