using System.Text.RegularExpressions;

namespace Safeguarding.ServiceDefaults.Telemetry;

/// <summary>
/// What must never reach a log or a trace. The one place a case key travels in a URL is an agency's return
/// (<c>/api/audits/{id}/returns/{organisationId}/{caseKey}</c>), and a calendar feed's secret is its address
/// (<c>/calendar/{secret}.ics</c>); query strings are dropped too, since they carry search terms and dates of the
/// caller's choosing.
/// </summary>
public static partial class SensitiveData
{
    public const string Redacted = "{redacted}";

    [GeneratedRegex("(/returns/[0-9a-fA-F-]{36}/)[^/?#]+", RegexOptions.CultureInvariant)]
    private static partial Regex CaseKeyInPath();

    [GeneratedRegex("(/calendar/)[^/?#]+", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarSecretInPath();

    public static string RedactPath(string? path) =>
        CalendarSecretInPath().Replace(CaseKeyInPath().Replace(path ?? "", "$1" + Redacted), "$1" + Redacted);

    public static string RedactUrl(Uri? url) =>
        url is null ? "" : url.IsAbsoluteUri ? $"{url.GetLeftPart(UriPartial.Authority)}{RedactPath(url.AbsolutePath)}" : RedactPath(url.OriginalString.Split('?')[0]);
}
