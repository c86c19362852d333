using System.Globalization;
using System.Text;

namespace Safeguarding.Notifications.Calendar;

/// <summary>
/// Deadlines as an iCalendar document (RFC 5545): one all-day event per deadline, with a stable UID so a calendar
/// updates an event rather than adding it again, lines folded at 75 octets and text escaped as the standard says.
/// </summary>
public static class ICalendarWriter
{
    public static string Write(string name, IEnumerable<Deadline> deadlines, Func<string, string> linkTo, DateTimeOffset now)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Safeguarding Partnership QA//Deadlines//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, $"X-WR-CALNAME:{Text(name)}");
        foreach (var deadline in deadlines.OrderBy(d => d.Due).ThenBy(d => d.Title, StringComparer.Ordinal))
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{deadline.Id:N}@safeguarding-partnership-qa");
            Line(ics, $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
            Line(ics, $"DTSTART;VALUE=DATE:{Date(deadline.Due)}");
            Line(ics, $"DTEND;VALUE=DATE:{Date(deadline.Due.AddDays(1))}");
            Line(ics, $"SUMMARY:{Text(deadline.Title)}");
            Line(ics, $"URL:{linkTo(deadline.Path)}");
            Line(ics, $"DESCRIPTION:{Text(linkTo(deadline.Path))}");
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Text(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).ReplaceLineEndings("\\n");

    /// <summary>A content line, folded so no line is longer than 75 octets (a fold never splits a character).</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
