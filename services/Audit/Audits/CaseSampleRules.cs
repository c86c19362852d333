using System.Globalization;
using System.Text.RegularExpressions;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// What a case sample may hold (DOMAIN.md, data protection): a pseudonymous case key and a non-identifying
/// profile from fixed lists. A key that could be a name or a date of birth is refused.
/// </summary>
public static partial class CaseSampleRules
{
    public const int MinCases = 4;
    public const int MaxCases = 10;
    public const int MaxKeyLength = 32;
    public const string SampleSize = "The sample holds 4 to 10 cases.";

    public static readonly IReadOnlyList<string> AgeBands = ["unborn", "under-1", "1-4", "5-9", "10-15", "16-17", "18-25"];
    public static readonly IReadOnlyList<string> Genders = ["female", "male", "non-binary", "not-recorded"];
    public static readonly IReadOnlyList<string> Ethnicities = ["asian", "black", "mixed", "white", "other", "not-recorded"];
    public static readonly IReadOnlyList<string> PlanTypes = ["none", "early-help", "child-in-need", "child-protection", "looked-after"];
    public static readonly IReadOnlyList<string> AttendanceBands = ["not-applicable", "95-100", "90-95", "persistent-absence", "severe-absence", "missing-education"];

    private static readonly string[] DateShapes = ["yyyyMMdd", "ddMMyyyy", "ddMMyy", "yyMMdd"];

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("[A-Z]{4,}")]
    private static partial Regex LongLetterRun();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRuns();

    /// <summary>Null when the key is acceptable, otherwise why not.</summary>
    public static string? CaseKeyProblem(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "caseKey is required.";
        }

        if (key.Length is < 3 or > MaxKeyLength || !KeyShape().IsMatch(key))
        {
            return "A case key is 3-32 capital letters, digits and single hyphens, e.g. \"SH-2027-014\".";
        }

        if (LongLetterRun().IsMatch(key))
        {
            return "A case key must not contain a run of four or more letters: it could be a name. Use the pseudonymous key.";
        }

        if (LooksLikeADate(key))
        {
            return "A case key must not contain a date: it could be a date of birth. Use the pseudonymous key.";
        }

        return key.Count(char.IsAsciiDigit) >= 3 ? null : "A case key is a reference number: it needs at least three digits.";
    }

    private static bool LooksLikeADate(string key)
    {
        var runs = DigitRuns().Matches(key).Select(m => m.Value).ToList();
        if (runs.Any(run => DateShapes.Any(shape => run.Length == shape.Length
                && DateTime.TryParseExact(run, shape, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year > 1990)))
        {
            return true;
        }

        // Three numeric parts in a row, e.g. 2014-03-02 or 02-03-14.
        for (var i = 0; i + 2 < runs.Count; i++)
        {
            var joined = string.Join('-', runs.Skip(i).Take(3));
            if (DateTime.TryParseExact(joined, ["yyyy-M-d", "d-M-yyyy", "d-M-yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return true;
            }
        }

        return false;
    }


    public static CaseProfile ToProfile(CaseProfileInput p) =>
        new(p.AgeBand!, p.Gender!, p.Ethnicity!, p.DisabilityOrSen, p.PlanType, p.SchoolAttendance,
            p.ReferralsInPeriod, p.Section47EnquiriesInPeriod, p.PlacementMoves, p.MissingEpisodes, p.ReturnInterviews);
}
