using Safeguarding.Notifications.Calendar;
using ICalendar = Ical.Net.Calendar;

namespace Safeguarding.Notifications.Tests;

public class ICalendarWriterTests
{
    [Fact]
    public void Long_titles_are_folded_and_text_is_escaped_so_an_independent_reader_gets_the_words_back()
    {
        var title = "Audit returns due: Child exploitation, missing episodes; return-home interviews \\ and the multi-agency exploitation panel’s work";
        var deadline = new Deadline(Guid.NewGuid(), DeadlineKind.AuditReturns, Guid.NewGuid(), [], title, new DateOnly(2027, 3, 12), "/returns");

        var ics = ICalendarWriter.Write("St Helens, deadlines", [deadline], path => "https://qa.example.org" + path, DateTimeOffset.UnixEpoch);
        var read = ICalendar.Load(ics)!;

        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var only = Assert.Single(read.Events);
        Assert.Equal(title, only.Summary);
        Assert.Equal(new DateOnly(2027, 3, 12), DateOnly.FromDateTime(only.DtStart!.Value));
        Assert.Equal($"{deadline.Id:N}@safeguarding-partnership-qa", only.Uid);
    }

    [Fact]
    public void A_feeds_secret_address_never_reaches_a_trace_or_the_access_log()
    {
        var secret = new string('7', 64);

        Assert.Equal("/calendar/{redacted}", Safeguarding.ServiceDefaults.Telemetry.SensitiveData.RedactPath($"/calendar/{secret}.ics"));
        Assert.Equal(
            "http://notifications/calendar/{redacted}",
            Safeguarding.ServiceDefaults.Telemetry.SensitiveData.RedactUrl(new Uri($"http://notifications/calendar/{secret}.ics")));
    }
}
