using System.Globalization;
using Safeguarding.Web.Api;
using Safeguarding.Web.Reports;

namespace Safeguarding.Web.Privacy;

/// <summary>The retention periods as the retention page asks for them: one field of whole years per kind of record.</summary>
public static class Retention
{
    public static string FieldOf(RecordKindDto kind) => $"years-{NewerNames.NameOf(kind)}";

    public static string Years(int years) => Figures.Count(years, "year");

    /// <summary>
    /// The periods to send: each kind typed differently from its default (a kind left at its default follows the
    /// default), and the fields that are not whole numbers, which the page names without asking the API.
    /// </summary>
    public static (List<(RecordKindDto Kind, int Years)> Periods, List<string> NotNumbers) Read(IReadOnlyList<KeptForDto> current, Func<string, string?> posted)
    {
        var periods = new List<(RecordKindDto, int)>();
        var notNumbers = new List<string>();
        foreach (var kept in current)
        {
            var typed = posted(FieldOf(kept.Kind))?.Trim();
            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var years))
            {
                notNumbers.Add(FieldOf(kept.Kind));
            }
            else if (years != kept.Years || !kept.IsDefault)
            {
                periods.Add((kept.Kind, years));
            }
        }

        return (periods, notNumbers);
    }
}
