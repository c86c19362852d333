using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Templates;

/// <summary>
/// A message's words with named placeholders (<c>{{organisation}}</c>): a subject and a plain-text body. The HTML is
/// made from the body, never written by hand: one paragraph per block of lines, every word and value encoded, the
/// <c>{{link}}</c> a link. So an edited template cannot break the markup, hide a link or leave the HTML less accessible.
/// </summary>
[NotPersonal("The partnership's own words for a kind of message, the same for everyone it goes to.")]
public sealed partial record MessageTemplate(string Subject, string Body)
{
    public const string Link = "link";

    /// <summary>A list of messages (a digest's): blocks of a subject line and a link line, each a link in the HTML.</summary>
    public const string MessageList = "messages";

    /// <summary>The placeholders the template uses, in the order they first appear.</summary>
    public IReadOnlyList<string> Placeholders =>
        [.. Placeholder().Matches(Subject + "\n" + Body).Select(m => m.Groups[1].Value).Distinct()];

    public RenderedMessage Render(IReadOnlyDictionary<string, string> values)
    {
        var subject = Fill(Subject, values, (_, v) => v.ReplaceLineEndings(" "));
        return new RenderedMessage(subject, Fill(Body, values, (_, v) => v), Html(subject, values));
    }

    private string Html(string subject, IReadOnlyDictionary<string, string> values)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4; color: #0b0c0c;\">\n")
            .Append("<h1 style=\"font-size: 24px;\">").Append(WebUtility.HtmlEncode(subject)).Append("</h1>\n");
        foreach (var paragraph in Paragraphs().Split(Body.ReplaceLineEndings("\n").Trim()))
        {
            var lines = paragraph.Split('\n').Select(line => Fill(line, values, HtmlValue, literal: WebUtility.HtmlEncode));
            html.Append("<p>").AppendJoin("<br>\n", lines).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string HtmlValue(string name, string value) => name switch
    {
        Link => Anchor(value, value),
        MessageList => string.Join("<br>\n", value.Split("\n\n").Select(item => item.Split('\n') is [var text, var url] ? Anchor(url, text) : WebUtility.HtmlEncode(item))),
        _ => WebUtility.HtmlEncode(value).ReplaceLineEndings("<br>\n"),
    };

    private static string Anchor(string url, string text) => $"<a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(text)}</a>";

    private static string Fill(string part, IReadOnlyDictionary<string, string> values, Func<string, string, string> value, Func<string, string>? literal = null)
    {
        var filled = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(part))
        {
            filled.Append((literal ?? (s => s))(part[at..match.Index]));
            var name = match.Groups[1].Value;
            var text = values.TryGetValue(name, out var known) ? known : throw new InvalidOperationException($"No value for the placeholder {{{{{name}}}}}.");
            filled.Append(value(name, text));
            at = match.Index + match.Length;
        }

        return filled.Append((literal ?? (s => s))(part[at..])).ToString();
    }

    [GeneratedRegex(@"\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();
}
