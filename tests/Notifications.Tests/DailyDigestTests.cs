using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Audit;
using Safeguarding.Notifications.Digests;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>A person who chose a daily digest gets messages that can wait in one e-mail each morning, and urgent ones at once.</summary>
public class DailyDigestTests
{
    [Fact]
    public async Task Messages_that_can_wait_go_in_one_digest_the_next_morning_and_an_urgent_one_goes_at_once()
    {
        // Messages are held for the next morning by the service's own clock; only the check's clock moves on to it.
        await using var service = await MovedClockService.StartAsync(DateTimeOffset.UtcNow);
        var (clock, smtp, host) = (service.Clock, service.Smtp, service.Host);
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        foreach (var person in new[] { police.AuditContact, police.SafeguardingLead })
        {
            var own = host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, police.Id.ToString(), person);
            (await own.PutJsonAsync("/api/notifications/preferences/me", new { choice = "DailyDigest" })).EnsureSuccessStatusCode();
        }

        await host.PublishDirectoryAsync(scenario, police.Id);
        var first = scenario.OpenReturns(police.Id);
        var second = scenario.OpenReturnsOn("Neglect", police.Id).RaiseConcern("SH-2027-001", police.Id, "No strategy discussion held.");
        await host.PublishAsync([.. first.Sent, .. second.Sent]);
        Assert.Single(await smtp.Inbox.WaitFor(police.SafeguardingLead)); // the concern, urgent, at once
        var coordinator = host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var held = await Eventually.Get(
            async () => await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [],
            list => list.Count(n => n.Status == NotificationStatus.HeldForDigest) == 2);

        var morning = held.First(n => n.Status == NotificationStatus.HeldForDigest).DigestAt!.Value;
        await host.Services.GetRequiredService<DailyDigestCheck>().CheckAsync(CancellationToken.None);
        Assert.DoesNotContain(NotificationKind.DailyDigest, await host.KindsWrittenAsync(scenario.Partnership));
        clock.SetUtcNow(morning.AddMinutes(1));
        await host.Services.GetRequiredService<DailyDigestCheck>().CheckAsync(CancellationToken.None); // its timer ticks on this clock too
        var digest = Assert.Single(await smtp.Inbox.WaitFor(police.AuditContact, timeout: TimeSpan.FromSeconds(60)));
        var after = await Eventually.Get(
            async () => await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [],
            list => list.Any(n => n.Kind == NotificationKind.DailyDigest && n.Status == NotificationStatus.Sent)
                && list.Count(n => n.Status == NotificationStatus.InDigest) == 2);

        Assert.All(held.Where(n => n.Status == NotificationStatus.HeldForDigest), n => Assert.Equal((police.AuditContact, (DateTimeOffset?)null), (n.RecipientEmail, n.NextAttemptAt)));
        Assert.Equal((7, 0), (TimeZoneInfo.ConvertTime(morning, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).Hour, morning.Minute));
        Assert.Equal($"Your daily summary for {MessageWords.LongDate(DateOnly.FromDateTime(morning.UtcDateTime))}: 2 message(s)", digest.Subject);
        var text = await smtp.Inbox.TextOf(digest);
        foreach (var request in held.Where(n => n.Kind == NotificationKind.ReturnRequested))
        {
            Assert.Contains(request.Subject + "\nhttps://qa.example.org/returns", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        var sentDigest = after.Single(n => n.Kind == NotificationKind.DailyDigest);
        Assert.All(after.Where(n => n.Kind == NotificationKind.ReturnRequested), n => Assert.Equal(sentDigest.Id, n.DigestId));
        await host.Services.GetRequiredService<DailyDigestCheck>().CheckAsync(CancellationToken.None);
        Assert.Single(await host.KindsWrittenAsync(scenario.Partnership), k => k == NotificationKind.DailyDigest);
        Assert.Single(await smtp.Inbox.To(police.AuditContact));
        Assert.Single(await smtp.Inbox.To(police.SafeguardingLead));
    }
}
