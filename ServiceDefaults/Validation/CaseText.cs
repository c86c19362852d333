using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// Free text written about a case (a return's answers, rationales, findings, summaries) stays pseudonymous: what can
/// be recognised as identifying a child or family is refused with what was found, so the writer rewrites it. The one
/// checker every service uses: UK postcodes, first lines of addresses, NHS numbers (with a valid check digit), UK
/// phone numbers and e-mail addresses. The message names the kind found, never the value, so errors and logs stay clean.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class CaseTextAttribute : ValidationAttribute
{
    public const string Rule = "Refused when it holds a UK postcode, the first line of an address, an NHS number, a phone number or an e-mail address: case records here are pseudonymous.";

    public const string Why = "Case records here are pseudonymous: describe the practice without addresses, NHS numbers, phone numbers or e-mail addresses.";

    public override bool IsValid(object? value) => Found(value).Count == 0;

    public static string Message(string name, object? value) =>
        $"{name} looks like it holds {string.Join(" and ", Found(value))}. {Why}";

    /// <summary>What kinds of identifier the text holds, in words; none for ordinary prose (a list's entries are checked one by one).</summary>
    public static IReadOnlyList<string> Found(object? value) => value is string text ? Kinds(text) : [];

    private static IReadOnlyList<string> Kinds(string text) =>
    [
        .. Postcode().IsMatch(text) ? ["a UK postcode"] : Array.Empty<string>(),
        .. AddressLine().IsMatch(text) ? ["the first line of an address"] : Array.Empty<string>(),
        .. TenDigits().Matches(text).Any(m => IsNhsNumber(m.Value)) ? ["an NHS number"] : Array.Empty<string>(),
        .. Phone().IsMatch(text) ? ["a phone number"] : Array.Empty<string>(),
        .. Email().IsMatch(text) ? ["an e-mail address"] : Array.Empty<string>(),
    ];

    /// <summary>Modulus 11: the digits weighted 10 down to 2, and the check digit makes the sum a multiple of 11 (10 is never issued).</summary>
    public static bool IsNhsNumber(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 10)
        {
            return false;
        }

        var check = 11 - (digits.Take(9).Select((d, i) => d * (10 - i)).Sum() % 11);
        return (check == 11 ? 0 : check) == digits[9];
    }

    // Capitals only: "Y6 2nd" in a sentence is a school year, "WA10 1HF" is an address.
    [GeneratedRegex(@"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2})\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Court|Place|Terrace|Gardens|Walk|Rise|Mews|Row|Square)\b")]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"(?<![\d+])(?:\+44 ?\(?0?\)? ?|0)(?:\d[ -]?){9,10}(?![\d])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
