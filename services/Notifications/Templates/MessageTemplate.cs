using System.Net;
using System.Text.RegularExpressions;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Templates;

/// <summary>
/// A message with named placeholders (<c>{{organisation}}</c>): a subject, a plain-text body and an HTML body. Values are
/// inserted as they are in the subject and text and HTML-encoded in the HTML, so no value can change the markup.
/// </summary>
public sealed partial record MessageTemplate(string Subject, string Text, string Html)
{
    /// <summary>The placeholders the template uses, in the order they first appear.</summary>
    public IReadOnlyList<string> Placeholders =>
        [.. new[] { Subject, Text, Html }.SelectMany(part => Placeholder().Matches(part)).Select(m => m.Groups[1].Value).Distinct()];

    public RenderedMessage Render(IReadOnlyDictionary<string, string> values) =>
        new(Fill(Subject, values, v => v), Fill(Text, values, v => v), Fill(Html, values, WebUtility.HtmlEncode));

    private static string Fill(string part, IReadOnlyDictionary<string, string> values, Func<string, string> encode) =>
        Placeholder().Replace(part, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? encode(value)
            : throw new InvalidOperationException($"No value for the placeholder {{{{{m.Groups[1].Value}}}}}."));

    [GeneratedRegex(@"\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
