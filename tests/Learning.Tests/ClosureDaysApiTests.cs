using System.Net.Http.Json;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class ClosureDaysApiTests(LearningService service)
{
    [Fact]
    public async Task The_partnerships_closure_days_move_its_deadlines_are_listed_with_their_reason_and_are_published_and_a_date_listed_twice_changes_nothing()
    {
        await using var changed = await BusProbe<Integration.ClosureDaysChanged>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var partnership = TestTokens.NewPartnership();
        var lead = service.Host.ClientFor(partnership, Roles.Coordinator);
        var awayDay = new DateOnly(2026, 12, 7);

        var twice = await lead.PutJsonAsync("/api/reviews/calendar/closures", new { closures = new[] { new { date = awayDay, reason = "Away day" }, new { date = awayDay, reason = "Again" } } });
        var set = await (await lead.PutJsonAsync("/api/reviews/calendar/closures", new { closures = new[] { new { date = awayDay, reason = " Partnership away day " } } })).ReadAsync<PartnershipCalendar>();
        var published = await changed.WaitForAsync(m => m.PartnershipId == partnership, TimeSpan.FromSeconds(20));
        var calendar = await lead.GetFromJsonAsync<List<CalendarEndpoints.NonWorkingDay>>("/api/reviews/calendar?from=2026-12-05&to=2026-12-08", Json.Options);
        var review = await (await lead.PostJsonAsync("/api/reviews/serious-incidents", new
        {
            caseReference = "SH-2026-051",
            theme = "Exploitation",
            summary = "A young person was seriously harmed.",
            awareOn = "2026-12-01",
        })).ReadAsync<Review>();

        Assert.Contains("closures[1].date", (await twice.ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal([new Safeguarding.EventSourcing.Calendar.ClosureDay(awayDay, "Partnership away day")], set.Closures);
        Assert.Equal([awayDay], published.Message.ClosureDays);
        Assert.Equal(new CalendarEndpoints.NonWorkingDay(awayDay, "closure day: Partnership away day"), Assert.Single(calendar!, d => d.Date == awayDay));
        Assert.Equal(new DateOnly(2026, 12, 9), review.PanelNotificationDue!.Due); // five working days from the 1st, the away day skipped
    }
}
