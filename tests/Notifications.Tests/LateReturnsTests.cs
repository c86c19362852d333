using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Audit;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Returns;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>Late audit returns are chased on working days: the audit contact first, then the safeguarding lead.</summary>
public class LateReturnsTests
{
    /// <summary>A Friday afternoon (GMT): returns opened now are due on Saturday, so late from Monday.</summary>
    private static readonly DateTimeOffset FridayAfternoon = new(2027, 3, 5, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Late_returns_are_chased_at_nine_in_the_morning_uk_time_on_working_days_after_they_were_due()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var maundyThursday = new DateOnly(2027, 3, 25);

        Assert.Equal(new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.Zero), LateReturns.RemindAt(new DateOnly(2027, 3, 6), calendar));
        Assert.Equal(new DateTimeOffset(2027, 3, 11, 9, 0, 0, TimeSpan.Zero), LateReturns.EscalateAt(new DateOnly(2027, 3, 6), 3, calendar));
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 9, 0, 0, TimeSpan.FromHours(1)), LateReturns.RemindAt(maundyThursday, calendar)); // Good Friday, Easter Monday
    }

    [Fact]
    public async Task An_agency_with_returns_still_to_come_is_reminded_on_the_next_working_day_then_its_safeguarding_lead_is_told_and_an_agency_with_all_in_hears_nothing()
    {
        await using var service = await MovedClockService.StartAsync(FridayAfternoon);
        var (clock, smtp, host) = (service.Clock, service.Smtp, service.Host);
        var scenario = new AuditScenario(FridayAfternoon);
        var police = scenario.Agency("Merseyside Police");
        var health = scenario.Agency("Mersey Care");
        await host.PublishDirectoryAsync(scenario, police.Id, health.Id);
        var audit = scenario.OpenReturns(police.Id, health.Id);
        foreach (var @case in audit.Audit.Cases)
        {
            audit.SubmitReturn(health.Id, @case.CaseKey, "good");
        }

        audit.SubmitReturn(police.Id, audit.Audit.Cases[0].CaseKey, "good");
        var bus = host.Services.GetRequiredService<IBus>();
        using var requested = Consumed<ReturnRequested>.On(bus, scenario.Partnership);
        using var submitted = Consumed<ReturnSubmitted>.On(bus, scenario.Partnership);
        await host.PublishAsync(audit.Sent);
        await requested.WaitForAsync(2 * DirectoryCopies.ConsumersOf<ReturnRequested>());
        await submitted.WaitForAsync(5 * DirectoryCopies.ConsumersOf<ReturnSubmitted>());
        var requests = await smtp.Inbox.WaitFor(police.AuditContact);
        var check = host.Services.GetRequiredService<LateReturnsCheck>();

        clock.SetUtcNow(new DateTimeOffset(2027, 3, 8, 8, 59, 0, TimeSpan.Zero)); // Monday, a minute before the working day's chase
        await check.CheckAsync(CancellationToken.None);
        Assert.DoesNotContain(NotificationKind.ReturnsLate, await host.KindsWrittenAsync(scenario.Partnership));
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 8, 9, 1, 0, TimeSpan.Zero));
        await check.CheckAsync(CancellationToken.None); // its own timer ticks on this clock too: this makes sure a check runs now
        var reminders = await smtp.Inbox.WaitFor(police.AuditContact, count: 2, timeout: TimeSpan.FromSeconds(60));
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 11, 8, 59, 0, TimeSpan.Zero)); // Thursday, three working days on
        await check.CheckAsync(CancellationToken.None);
        Assert.DoesNotContain(NotificationKind.ReturnsEscalated, await host.KindsWrittenAsync(scenario.Partnership));
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 11, 9, 1, 0, TimeSpan.Zero));
        await check.CheckAsync(CancellationToken.None);
        var escalation = Assert.Single(await smtp.Inbox.WaitFor(police.SafeguardingLead, timeout: TimeSpan.FromSeconds(60)));
        await Eventually.Get(() => Unsettled(host, scenario.Partnership), unsettled => unsettled == 0);

        var reminder = Assert.Single(reminders, m => m.Id != requests[0].Id);
        Assert.Equal("Audit returns overdue: Child exploitation, due Saturday 6 March 2027", reminder.Subject);
        Assert.Contains("3 return(s) are still to come", await smtp.Inbox.TextOf(reminder), StringComparison.Ordinal);
        Assert.Equal("Audit returns still overdue from Merseyside Police: Child exploitation", escalation.Subject);
        Assert.Contains("https://qa.example.org/returns", await smtp.Inbox.TextOf(escalation), StringComparison.Ordinal);
        await check.CheckAsync(CancellationToken.None);
        var written = await host.KindsWrittenAsync(scenario.Partnership);
        Assert.Equal((1, 1), (written.Count(k => k == NotificationKind.ReturnsLate), written.Count(k => k == NotificationKind.ReturnsEscalated)));
        Assert.Equal(2, (await smtp.Inbox.To(police.AuditContact)).Count);
        Assert.Single(await smtp.Inbox.To(health.AuditContact));
        Assert.Empty(await smtp.Inbox.To(health.SafeguardingLead));
    }

    private static async Task<int> Unsettled(ServiceHost<Program> host, string partnershipId)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(partnershipId);
        return await session.Query<ReturnsWatch>().CountAsync(w => w.SettledAt == null);
    }
}
