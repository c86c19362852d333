using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// Full dates (day, month and year) written in free text about a case. A date inside the record's own period (an
/// audit's look-back, a review's window) is part of the account; one outside it is most likely a date of birth, so it
/// is refused with the period the record allows (never the date itself, so errors and logs stay clean).
/// </summary>
public static partial class CaseDates
{
    /// <summary>Every full date the text holds, however it is written: 12/03/2015, 12.03.15, 2015-03-12, 12th March 2015, March 12, 2015.</summary>
    public static IReadOnlyList<DateOnly> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<DateOnly>();
        foreach (Match m in Numeric().Matches(text).Concat(Iso().Matches(text)))
        {
            Add(found, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }

        foreach (Match m in DayMonthYear().Matches(text).Concat(MonthDayYear().Matches(text)))
        {
            Add(found, m.Groups["y"].Value, Months.IndexOf(m.Groups["month"].Value[..3].ToLowerInvariant()) + 1, m.Groups["d"].Value);
        }

        return found;
    }

    /// <summary>Refuses a field whose text holds a full date outside the record's period, saying what the period is.</summary>
    public static ValidationErrors DatesWithin(this ValidationErrors errors, string field, string? text, DateOnly from, DateOnly to, string period) =>
        errors.When(
            In(text).Any(d => d < from || d > to),
            field,
            $"{field} holds a full date outside {period} ({Words(from)} to {Words(to)}), which could be a date of birth. Write the child's age, or the month and year, instead.");

    private static readonly List<string> Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static void Add(List<DateOnly> found, string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        y = year.Length == 2 ? 2000 + y : y;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (month is >= 1 and <= 12 && y is >= 1900 and <= 2199 && d >= 1 && d <= DateTime.DaysInMonth(y, month))
        {
            found.Add(new DateOnly(y, month, d));
        }
    }

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private const string MonthNames = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4}|\d{2})(?![\d/-]|\.\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthNames + @"\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthNames + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
