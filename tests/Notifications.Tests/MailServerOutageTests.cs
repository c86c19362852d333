using System.Net.Http.Json;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>The mail server down: messages wait, every attempt is recorded, and all are delivered once it is back.</summary>
public class MailServerOutageTests
{
    [Fact]
    public async Task With_the_mail_server_stopped_messages_queue_and_are_all_delivered_once_when_it_is_back()
    {
        await using var smtp = await LocalSmtp.LaunchAsync();
        await using var host = await ServiceHost<Program>.StartAsync("notifications-db", settings: smtp.ServiceSettings());
        var scenario = new AuditScenario();
        var agencies = Enumerable.Range(1, 12).Select(i => scenario.Agency($"Agency {i}")).ToList();
        await host.PublishDirectoryAsync(scenario, [.. agencies.Select(a => a.Id)]);

        await smtp.StopAsync();
        await host.PublishAsync(scenario.OpenReturns([.. agencies.Select(a => a.Id)]).Sent);
        var coordinator = host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var waiting = await Eventually.Get(
            async () => await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [],
            list => list.Count == agencies.Count && list.All(n => n.Attempts >= 1));
        await smtp.StartAsync();

        Assert.All(waiting, n => Assert.Equal((NotificationStatus.Queued, true), (n.Status, n.LastError is { Length: > 0 } && n.NextAttemptAt > n.QueuedAt)));
        foreach (var agency in agencies)
        {
            Assert.Single(await smtp.Inbox.WaitFor(agency.AuditContact, timeout: TimeSpan.FromSeconds(90)));
        }

        var delivered = await Eventually.Get(
            async () => await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [],
            list => list.All(n => n.Status == NotificationStatus.Sent));
        Assert.All(delivered, n => Assert.True(n.Attempts >= 2, $"{n.RecipientEmail}: {n.Attempts} attempt(s)"));
        foreach (var agency in agencies)
        {
            Assert.Single(await smtp.Inbox.To(agency.AuditContact));
        }
    }
}
