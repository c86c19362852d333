using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Retention;
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
        Assert.Empty(await NotificationsAsync(agency));
    }

    [Fact]
    public async Task Messages_past_their_period_are_listed_and_erased_with_their_history_once_the_coordinator_confirms()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var smtp = await LocalSmtp.LaunchAsync();
        await using var host = await ServiceHost<Program>.StartAsync(
            "notifications-db", configureServices: services => services.AddSingleton<TimeProvider>(clock), settings: smtp.ServiceSettings());
        var scenario = new AuditScenario();
        var coordinator = host.ClientFor(scenario.Partnership, Roles.Coordinator);
        await scenario.SetCoordinatorMailboxAsync(coordinator);
        var audit = scenario.OpenReturns(scenario.Agency("Merseyside Police").Id).Cancel("Merged with the next audit.");
        var retention = new ErasureProducer(scenario.Partnership, scenario.Clock);
        scenario.Clock.MoveTo(scenario.Clock.Now.AddYears(7));
        await host.PublishAsync(retention.CheckRetention([audit.Audit]));
        var subject = Assert.Single(await Eventually.Get(() => NotificationsAsync(coordinator), sent => sent.Count == 1, TimeSpan.FromSeconds(20))).Subject;

        // The service's own daily check, on the moved clock, tells the coordinator of the message now past its period.
        clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        await Eventually.Get(() => NotificationsAsync(coordinator), sent => sent.Any(n => n.Subject.EndsWith("of notifications past their retention period", StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
        var due = (await (await coordinator.GetAsync("/api/notifications/retention/records-due")).ReadAsync<List<DueRecords>>()).Single(d => d.Kind == RecordKind.Notifications);
        Assert.Equal((1, 2), (due.Records, due.KeptYears));
        var erased = await (await coordinator.PostJsonAsync("/api/notifications/retention/record-erasures", new { kind = "Notifications", before = due.Before }))
            .ReadAsync<RecordsErasedPastRetention>();

        Assert.Equal(1, erased.Records);
        Assert.DoesNotContain(subject, (await NotificationsAsync(coordinator)).Select(n => n.Subject));
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(host.DatabaseConnectionString, subject, scenario.Partnership));
    }

    [Fact]
    public async Task Any_service_s_records_past_their_period_reach_the_coordinator_as_a_count_of_their_kind()
    {
        var scenario = new AuditScenario();
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var mailbox = await scenario.SetCoordinatorMailboxAsync(coordinator);
        var due = new DueRecords(RecordKind.AccessLogs, 12, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2), 2);
        var found = Assert.Single(RetentionNotices.Announce([due], [], [], DateTimeOffset.MinValue, DateTimeOffset.UtcNow));

        await service.Host.PublishAsync([RecordsPastRetentionCheck.Notice("Safeguarding.Learning", scenario.Partnership, found)]);
        var mail = Assert.Single(await service.Inbox.WaitFor(mailbox));

        Assert.Equal("12 record(s) of access logs past their retention period", mail.Subject);
    }

    private static async Task<List<NotificationSummary>> NotificationsAsync(HttpClient reader) =>
        await reader.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [];
}
