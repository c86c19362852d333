using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;

namespace Safeguarding.Reporting.Exports;

/// <summary>A read model as a table: named columns and rows of plain values (text, numbers, dates, yes/no).</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Every read model as a table. Case-level rows carry no case key or reference: only what the row is about.</summary>
public static class ReportTables
{
    public static readonly IReadOnlyList<string> Names =
        ["organisations", "programme-items", "grades", "findings", "section11", "cycles", "actions", "reviews", "learning"];

    public static ReportTable? Build(string name, ReportData data, DateOnly today) => name switch
    {
        "organisations" => new(name, ["organisation_id", "name", "kind"],
            [.. data.Organisations.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => Row(o.Id, o.Name, o.Kind))]),
        "programme-items" => new(name, ["item_id", "year", "kind", "theme", "state"],
            [.. data.Items.Where(i => i.Scheduled).OrderBy(i => i.Year).ThenBy(i => i.Theme?.Value, StringComparer.Ordinal)
                .Select(i => Row(i.Id, i.Year, i.Kind, i.Theme, i.State))]),
        "grades" => new(name, ["year", "audit_id", "theme", "category", "agreed_at_meeting", "organisation_id", "grade", "meets_expectation"],
            [.. data.Grades.OrderBy(g => g.Year).ThenBy(g => g.AuditId).ThenBy(g => g.Category).Select(g =>
                Row(g.Year, g.AuditId, g.Theme, g.Category.ToString(), g.AgreedAtMeeting, g.OrganisationId, g.Grade, g.MeetsExpectation))]),
        "findings" => new(name, ["year", "audit_id", "theme", "kind"],
            [.. data.Findings.OrderBy(data.YearOf).ThenBy(f => f.AuditId).Select(f => Row(data.YearOf(f), f.AuditId, ThemeOf(data, f.AuditId) ?? f.Theme, f.ImmediateConcern ? "ImmediateConcern" : f.Kind))]),
        "section11" => new(name, ["year", "kind", "cycle_id", "organisation_id", "standard", "indicator", "self_score", "moderated_score", "weak"],
            [.. data.Assessments.OrderBy(a => a.Year).ThenBy(a => a.OrganisationId).SelectMany(a => a.Indicators.OrderBy(i => i.Indicator.Value, StringComparer.Ordinal)
                .Select(i => Row(a.Year, a.Kind.ToString(), a.CycleId, a.OrganisationId, i.Standard, i.Indicator, i.SelfScore, i.ModeratedScore, i.Weak)))]),
        "cycles" => new(name, ["cycle_id", "kind", "year", "invited", "returned", "reminders", "closed"],
            [.. data.Cycles.OrderBy(c => c.Year).Select(c => Row(c.Id, c.Kind.ToString(), c.Year, c.Invited.Count, c.Returned.Count(c.Invited.Contains), c.ReminderIds.Count, c.Closed))]),
        "actions" => new(name, ["action_id", "what", "source", "owner_organisation_id", "due_date", "status"],
            [.. data.Actions.OrderBy(a => a.DueDate).ThenBy(a => a.What, StringComparer.Ordinal).Select(a => Row(a.Id, a.What, a.SourceKind, a.OwnerOrganisationId, a.DueDate, a.Status))]),
        "reviews" => new(name, ["review_id", "kind", "theme", "decision", "deadlines_missed", "deadlines_at_risk"],
            [.. data.Reviews.OrderBy(r => r.Theme?.Value, StringComparer.Ordinal).Select(r => Row(r.Id, r.Kind, r.Theme, r.Decision, r.MissedOn(today).Count, r.AtRiskOn(today).Count))]),
        "learning" => new(name, ["id", "kind", "topic", "rating"],
            [.. data.Learning.OrderBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.Topic, StringComparer.Ordinal).Select(l => Row(l.Id, l.Kind, l.Topic, l.Rating))]),
        _ => null,
    };

    private static Theme? ThemeOf(ReportData data, Guid auditId) => data.Items.FirstOrDefault(i => i.Id == auditId)?.Theme;

    private static object?[] Row(params object?[] values) => values;

    /// <summary>A value as text, the same in CSV and in reading back: invariant culture, ISO dates, true/false.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
