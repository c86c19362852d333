using System.Net.Http.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Audit;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Notifications.Concerns;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Notifications.Tests;

/// <summary>An immediate concern nobody acknowledges reaches the coordinator on the next working day, on the service's own clock.</summary>
public class ConcernEscalationTests
{
    /// <summary>A Friday afternoon (GMT): the next working day is Monday.</summary>
    private static readonly DateTimeOffset FridayAfternoon = new(2027, 3, 5, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_concern_raised_before_a_bank_holiday_weekend_waits_until_the_same_time_on_the_next_working_day()
    {
        var thursday = new DateTimeOffset(2027, 3, 25, 10, 0, 0, TimeSpan.Zero); // before Good Friday; Easter Monday follows

        Assert.Equal(new DateTimeOffset(2027, 3, 8, 14, 0, 0, TimeSpan.Zero), ConcernEscalation.Due(FridayAfternoon, 1, WorkingDayCalendar.EnglandAndWales));
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 10, 0, 0, TimeSpan.FromHours(1)), ConcernEscalation.Due(thursday, 1, WorkingDayCalendar.EnglandAndWales));
        Assert.Equal(new DateTimeOffset(2027, 3, 10, 14, 0, 0, TimeSpan.Zero), ConcernEscalation.Due(FridayAfternoon, 3, WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public async Task An_unacknowledged_concern_is_escalated_once_to_the_coordinator_on_the_next_working_day_and_an_acknowledged_one_is_not()
    {
        await using var service = await MovedClockService.StartAsync(FridayAfternoon);
        var (clock, smtp, host) = (service.Clock, service.Smtp, service.Host);
        var scenario = new AuditScenario(FridayAfternoon);
        var police = scenario.Agency("Merseyside Police");
        var health = scenario.Agency("Mersey Care");
        var coordinator = host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var mailbox = await scenario.SetCoordinatorMailboxAsync(coordinator);
        await host.PublishDirectoryAsync(scenario, police.Id, health.Id);
        var audit = scenario.OpenReturns(police.Id, health.Id)
            .RaiseConcern("SH-2027-000", police.Id, "Disclosure not passed on.")
            .RaiseConcern("SH-2027-001", health.Id, "No strategy discussion.");
        var healthConcern = audit.Audit.Concerns.Single(c => c.OwnerOrganisationId == health.Id).ConcernId;
        audit.AcknowledgeConcerns();
        using var raised = Consumed<ImmediateConcernRaised>.On(host.Services.GetRequiredService<IBus>(), scenario.Partnership);
        using var acknowledged = Consumed<ImmediateConcernAcknowledged>.On(host.Services.GetRequiredService<IBus>(), scenario.Partnership);
        await host.PublishAsync(audit.Sent.Where(m => m is ImmediateConcernRaised));
        await raised.WaitForAsync(2 * DirectoryCopies.ConsumersOf<ImmediateConcernRaised>());
        await host.PublishAsync(audit.Sent.OfType<ImmediateConcernAcknowledged>().Where(a => a.ConcernId == healthConcern));
        await acknowledged.WaitForAsync(1);
        var check = host.Services.GetRequiredService<UnacknowledgedConcernsCheck>();

        var policeRaised = audit.Sent.OfType<ImmediateConcernRaised>().Single(c => c.OwnerOrganisationId == police.Id).OccurredAt;
        clock.SetUtcNow(policeRaised.AddDays(3).AddMinutes(-1)); // Monday, a minute short of a working day after Friday's concern
        await check.CheckAsync(CancellationToken.None);
        Assert.DoesNotContain(NotificationKind.ConcernEscalated, await host.KindsWrittenAsync(scenario.Partnership));
        clock.SetUtcNow(policeRaised.AddDays(3).AddMinutes(5)); // both concerns are due; only police's is unacknowledged
        // The check's own timer ticks on this clock too; running it here as well makes sure a check runs at 14:00.
        await check.CheckAsync(CancellationToken.None);
        var escalation = Assert.Single(await smtp.Inbox.WaitFor(mailbox, timeout: TimeSpan.FromSeconds(60)));
        await Eventually.Get(() => Settled(host, scenario.Partnership), settled => settled == 2);

        await check.CheckAsync(CancellationToken.None);
        Assert.Single(await host.KindsWrittenAsync(scenario.Partnership), k => k == NotificationKind.ConcernEscalated);
        Assert.Equal("URGENT: an immediate concern for Merseyside Police is not acknowledged", escalation.Subject);
        Assert.Contains("within the partnership's target of 1 working day", await smtp.Inbox.TextOf(escalation), StringComparison.Ordinal);
        Assert.DoesNotContain("SH-2027-000", await smtp.Inbox.RawOf(escalation), StringComparison.Ordinal);
        Assert.Single(await smtp.Inbox.To(mailbox));
        var sent = await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options);
        Assert.Equal([police.Id], sent!.Where(n => n.Kind == NotificationKind.ConcernEscalated).Select(n => n.OrganisationId));
    }

    private static async Task<int> Settled(ServiceHost<Program> host, string partnershipId)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(partnershipId);
        return await session.Query<ConcernWatch>().CountAsync(w => w.SettledAt != null);
    }
}
