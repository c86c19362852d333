using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Concerns;

/// <summary>
/// Every run of the check clock (each minute unless configured): an immediate concern still unacknowledged at its
/// escalation time is escalated, urgently and once, to the partnership's coordinator; one acknowledged in time is
/// settled quietly.
/// </summary>
public sealed class UnacknowledgedConcernsCheck(
    IDocumentStore store, Notify notify, IOptions<MailOptions> mail, CheckClock clock, ILogger<UnacknowledgedConcernsCheck> logger)
    : PeriodicCheck(clock.Time, clock.Every, logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        IReadOnlyList<ConcernWatch> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<ConcernWatch>().Where(w => w.AnyTenant() && w.SettledAt == null && w.EscalateAt <= now).ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var watch in due)
        {
            var partnershipId = watch.TenantId!;
            await using var session = store.LightweightSession(partnershipId);
            var acknowledged = await session.LoadAsync<ConcernAcknowledgement>(watch.Id, cancellationToken) is not null;
            if (!acknowledged)
            {
                await notify.OnceAsync(partnershipId, new NotificationRequest(
                    NotificationKind.ConcernEscalated, DeterministicGuid.Create("concern-escalation", watch.Id.ToString()), watch.OrganisationId, null, true,
                    mail.Value.LinkTo($"/audits/{watch.AuditId}"),
                    new Dictionary<string, string>
                    {
                        ["raised"] = MessageWords.LongDate(watch.RaisedAt),
                        ["target"] = ConcernEscalation.Words(watch.TargetWorkingDays),
                    }), cancellationToken);
                escalated++;
            }

            session.Store(watch with { SettledAt = now, Escalated = !acknowledged });
            await session.SaveChangesAsync(cancellationToken);
        }

        return escalated;
    }
}
