using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// The one rule for a pseudonymous key (a case key), in every service. A key is 3 to 32 capital letters and digits in
/// parts joined by single hyphens, like the reference numbers agencies already use ("SH-2027-014", "CASE-7F3K",
/// "MAA-007", "CP0142"). It may open with a prefix of up to four letters (a team or system code); anywhere after that,
/// three letters in a row could be a name, so they are refused. It holds at least two digits (it is a reference
/// number), and nothing shaped like a date (a date of birth), a run of ten or more digits (an NHS or pupil number), a
/// National Insurance number or a postcode.
/// </summary>
public static partial class PseudonymousKey
{
    public const int MaxLength = 32;

    /// <summary>Null when the key may be kept, otherwise why not, in words for the person typing it.</summary>
    public static string? Problem(string? key, string field = "caseKey")
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return $"{field} is required.";
        }

        if (key.Length is < 3 or > MaxLength || !Shape().IsMatch(key))
        {
            return "A case key is 3-32 capital letters, digits and single hyphens, e.g. \"SH-2027-014\" or \"CASE-7F3K\".";
        }

        var afterPrefix = Prefix().Match(key) is { Success: true } prefix ? key[prefix.Length..] : key;
        if (ThreeLetters().IsMatch(afterPrefix) || (afterPrefix == key && LettersOnlyFirstPart().IsMatch(key)))
        {
            return "A case key must not contain a word: it could be a name. Only a prefix of up to four letters is allowed. Use the pseudonymous key.";
        }

        if (LongDigitRun().IsMatch(key) || NationalInsurance().IsMatch(key.Replace("-", "", StringComparison.Ordinal)) || Postcode().IsMatch(key))
        {
            return "A case key must not be an identifier (an NHS, pupil or National Insurance number, or a postcode). Use the pseudonymous key.";
        }

        if (LooksLikeADate(key))
        {
            return "A case key must not contain a date: it could be a date of birth. Use the pseudonymous key.";
        }

        return key.Count(char.IsAsciiDigit) >= 2 ? null : "A case key is a reference number: it needs at least two digits.";
    }

    private static readonly string[] DateShapes = ["yyyyMMdd", "ddMMyyyy", "ddMMyy", "yyMMdd"];

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
            if (DateTime.TryParseExact(string.Join('-', runs.Skip(i).Take(3)), ["yyyy-M-d", "d-M-yyyy", "d-M-yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Shape();

    [GeneratedRegex("^[A-Z]{1,4}-")]
    private static partial Regex Prefix();

    [GeneratedRegex("^[A-Z]{5,}(-|$)")]
    private static partial Regex LettersOnlyFirstPart();

    [GeneratedRegex("[A-Z]{3,}")]
    private static partial Regex ThreeLetters();

    [GeneratedRegex("[0-9]{10,}")]
    private static partial Regex LongDigitRun();

    [GeneratedRegex("^[A-Z]{2}[0-9]{6}[A-D]$")]
    private static partial Regex NationalInsurance();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?-?[0-9][A-Z]{2}$")]
    private static partial Regex Postcode();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRuns();
}

/// <summary>
/// A field that holds a pseudonymous key (<see cref="PseudonymousKey"/>): its shape is the pattern the OpenAPI document
/// states, and the whole rule is what a request must keep.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PseudonymousKeyAttribute : RegularExpressionAttribute
{
    public PseudonymousKeyAttribute()
        : base("^[A-Z0-9]+(-[A-Z0-9]+)*$") =>
        ErrorMessage = "{0} is the partnership's pseudonymous case key, like SH-2027-014 or CASE-7F3K: capital letters and digits joined by single hyphens, "
            + "with at least two digits, and no word, date or identifier that could name the child.";

    public override bool IsValid(object? value) => value is null || (value is string key && PseudonymousKey.Problem(key) is null);
}
