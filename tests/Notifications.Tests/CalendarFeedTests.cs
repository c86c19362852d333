using System.Net;
using System.Net.Http.Json;
using Safeguarding.Contracts.Audit;
using Safeguarding.Notifications.Calendar;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using ICalendar = Ical.Net.Calendar;

namespace Safeguarding.Notifications.Tests;

/// <summary>Deadlines in people's own calendars: a feed per partnership or organisation, read by an independent iCalendar reader.</summary>
[Collection(nameof(NotificationsServiceCollection))]
public class CalendarFeedTests(NotificationsService service)
{
    [Fact]
    public async Task A_partnership_feed_lists_every_deadline_an_organisation_feed_only_its_own_and_a_revoked_feed_stops_working()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var health = scenario.Agency("Mersey Care");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var audit = scenario.OpenReturns(police.Id, health.Id);
        var due = audit.Sent.OfType<ReturnRequested>().First().ReturnsDue;
        var learning = new LearningProducer(scenario.Partnership, new HashSet<Guid> { police.Id, health.Id }, new ProducerClock(DateTimeOffset.UtcNow));
        var actionDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        learning.RecordAction("Refresh the exploitation screening checklist", health.Id, actionDue);
        await service.Host.PublishAsync([.. audit.Sent, .. learning.Sent]);
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var partnershipFeed = await (await coordinator.PostJsonAsync("/api/notifications/calendar-feeds", new { })).ReadAsync<CreatedCalendarFeed>();
        var policeFeed = await (await coordinator.PostJsonAsync("/api/notifications/calendar-feeds", new { organisationId = police.Id })).ReadAsync<CreatedCalendarFeed>();
        var anonymous = service.Host.CreateClient();

        var everything = await Eventually.Get(() => Read(anonymous, partnershipFeed.Address), c => c.Events.Count == 3);
        var theirs = ICalendar.Load(await anonymous.GetStringAsync(new Uri(policeFeed.Address).PathAndQuery))!;

        Assert.Equal(
            [("Audit returns due: Child exploitation", due), ("Audit returns due: Child exploitation", due), ("Improvement action due", actionDue)],
            everything.Events.Select(e => (e.Summary, DateOnly.FromDateTime(e.DtStart!.Value))).OrderBy(e => e.Item2));
        Assert.All(everything.Events, e => Assert.False(e.DtStart!.HasTime));
        var only = Assert.Single(theirs.Events);
        Assert.Equal(("Audit returns due: Child exploitation", "https://qa.example.org/returns"), (only.Summary, only.Url!.ToString()));
        Assert.StartsWith("https://qa.example.org/calendar/", policeFeed.Address, StringComparison.Ordinal);

        var revoked = await coordinator.DeleteAsync($"/api/notifications/calendar-feeds/{policeFeed.Id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(policeFeed.Address).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{new string('a', 64)}.ics")).StatusCode);
    }

    [Fact]
    public async Task An_agency_makes_a_feed_for_its_own_organisation_only_and_an_organisation_outside_the_directory_is_refused()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var health = scenario.Agency("Mersey Care");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var auditor = service.Host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, police.Id.ToString());
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);

        var own = await auditor.PostJsonAsync("/api/notifications/calendar-feeds", new { organisationId = police.Id });
        var other = await auditor.PostJsonAsync("/api/notifications/calendar-feeds", new { organisationId = health.Id });
        var partnership = await auditor.PostJsonAsync("/api/notifications/calendar-feeds", new { });
        var stranger = await coordinator.PostJsonAsync("/api/notifications/calendar-feeds", new { organisationId = Guid.NewGuid() });
        var listed = await auditor.GetFromJsonAsync<List<CalendarFeedView>>("/api/notifications/calendar-feeds", Json.Options);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (other.StatusCode, partnership.StatusCode));
        Assert.Contains("organisationId", (await stranger.ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal([police.Id], listed!.Select(f => f.OrganisationId!.Value));
    }

    private static async Task<ICalendar> Read(HttpClient client, string address) =>
        ICalendar.Load(await client.GetStringAsync(new Uri(address).PathAndQuery))!;
}
