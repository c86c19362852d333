using System.Net.Http.Json;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class RetentionNotificationTests(NotificationsService service)
{
    [Fact]
    public async Task Cases_past_their_retention_period_reach_the_coordinator_as_a_count_with_the_link_to_the_list_and_never_a_case_key()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var mailbox = await scenario.SetCoordinatorMailboxAsync(coordinator);
        var audit = scenario.OpenReturns(police.Id).Cancel("Merged with the next audit.");
        var retention = new ErasureProducer(scenario.Partnership, scenario.Clock);
        scenario.Clock.MoveTo(scenario.Clock.Now.AddYears(7));

        await service.Host.PublishAsync(retention.CheckRetention([audit.Audit]));
        var mail = Assert.Single(await service.Inbox.WaitFor(mailbox));

        Assert.Equal($"{audit.Audit.Cases.Count} record(s) of audit case material past their retention period", mail.Subject);
        Assert.Contains("https://qa.example.org/retention", await service.Inbox.TextOf(mail), StringComparison.Ordinal);
        var raw = await service.Inbox.RawOf(mail);
        Assert.All(audit.Audit.Cases, c => Assert.DoesNotContain(c.CaseKey, raw, StringComparison.Ordinal));
        var agency = service.Host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, police.Id.ToString());
        Assert.Empty(await agency.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? []);
    }
}
