using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>Delivery claims each message before it sends it: passes racing for the same queue never send one twice.</summary>
public class DeliveryRaceTests
{
    [Fact]
    public async Task Delivery_passes_racing_for_the_same_messages_send_each_one_once()
    {
        await using var smtp = await LocalSmtp.LaunchAsync();
        await using var host = await ServiceHost<Program>.StartAsync("notifications-db", settings: smtp.ServiceSettings());
        var scenario = new AuditScenario();
        var agencies = Enumerable.Range(1, 20).Select(i => scenario.Agency($"Agency {i}")).ToList();
        await host.PublishDirectoryAsync(scenario, [.. agencies.Select(a => a.Id)]);
        var coordinator = host.ClientFor(scenario.Partnership, Roles.Coordinator);
        // Two more passes, as a second and third instance of the service would run them, beside the service's own.
        var others = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<DeliveryWorker>(host.Services)).ToList();
        using var done = new CancellationTokenSource();
        var racing = others.Select(worker => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                await worker.DeliverDueAsync(CancellationToken.None);
            }
        })).ToList();

        await host.PublishAsync(scenario.OpenReturns([.. agencies.Select(a => a.Id)]).Sent);
        var sent = await Eventually.Get(
            async () => await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [],
            list => list.Count == agencies.Count && list.All(n => n.Status == NotificationStatus.Sent));
        await done.CancelAsync();
        await Task.WhenAll(racing);

        Assert.All(sent, n => Assert.Equal(1, n.Attempts));
        foreach (var agency in agencies)
        {
            Assert.Single(await smtp.Inbox.To(agency.AuditContact));
        }
    }
}
