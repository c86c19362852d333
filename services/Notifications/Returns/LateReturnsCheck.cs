using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Notifications.Concerns;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.WorkingDays;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Returns;

/// <summary>
/// Every run of the check clock (each minute unless configured): an agency whose audit returns are still not all in is
/// reminded at its audit contact on the first working day after they were due, and its safeguarding lead is told the
/// partnership's number of working days later; returns all in, closed or cancelled settle quietly.
/// </summary>
public sealed class LateReturnsCheck(IDocumentStore store, Notify notify, IOptions<MailOptions> mail, CheckClock clock, ILogger<LateReturnsCheck> logger)
    : PeriodicCheck(clock.Time, clock.Every, logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        IReadOnlyList<ReturnsWatch> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<ReturnsWatch>().Where(w => w.AnyTenant() && w.SettledAt == null && w.NextCheckAt <= now).ToListAsync(cancellationToken);
        }

        var chased = 0;
        foreach (var watch in due)
        {
            await using var session = store.LightweightSession(watch.TenantId!);
            var outstanding = await OutstandingAsync(session, watch, cancellationToken);
            if (outstanding > 0)
            {
                await notify.OnceAsync(watch.TenantId!, Chase(watch, outstanding), cancellationToken);
                chased++;
            }

            session.Store(outstanding == 0 || watch.Reminded
                ? watch with { SettledAt = now }
                : watch with { Reminded = true, NextCheckAt = await EscalateAtAsync(session, watch, cancellationToken) });
            await session.SaveChangesAsync(cancellationToken);
        }

        return chased;
    }

    /// <summary>How many of the agency's returns are still to come; none once the audit takes no more.</summary>
    private static async Task<int> OutstandingAsync(IQuerySession session, ReturnsWatch watch, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ReturnsNoLongerTaken>(watch.AuditId, cancellationToken) is not null)
        {
            return 0;
        }

        var received = await session.Query<ReturnReceived>().CountAsync(r => r.AuditId == watch.AuditId && r.OrganisationId == watch.OrganisationId, cancellationToken);
        return Math.Max(0, watch.Cases - received);
    }

    private static async Task<DateTimeOffset> EscalateAtAsync(IQuerySession session, ReturnsWatch watch, CancellationToken cancellationToken)
    {
        var settings = await SettingsEndpoints.SettingsOf(session, watch.TenantId!, cancellationToken);
        return LateReturns.EscalateAt(watch.Due, settings.ReturnEscalationWorkingDays, await PartnershipClosures.CalendarOfAsync(session, cancellationToken));
    }

    /// <summary>The first chase reminds the audit contact; the second tells the safeguarding lead.</summary>
    private NotificationRequest Chase(ReturnsWatch watch, int outstanding) => new(
        watch.Reminded ? NotificationKind.ReturnsEscalated : NotificationKind.ReturnsLate,
        DeterministicGuid.Create("late-returns", watch.Id.ToString()), watch.OrganisationId,
        watch.Reminded ? ContactRole.SafeguardingLead : ContactRole.AuditContact, false, mail.Value.LinkTo("/returns"),
        new Dictionary<string, string>
        {
            ["theme"] = watch.Theme,
            ["outstanding"] = MessageWords.Number(outstanding),
            ["due"] = MessageWords.LongDate(watch.Due),
        });
}
