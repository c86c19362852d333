using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Digests;

/// <summary>
/// Every run of the check clock (each minute unless configured): each person's messages held for a morning's digest go
/// out as one e-mail, and each is marked as carried by it. The digest is keyed by the address and the morning, so a
/// check run twice writes it once.
/// </summary>
public sealed partial class DailyDigestCheck(
    IDocumentStore store, Notify notify, IOptions<MailOptions> mail, CheckClock clock, ILogger<DailyDigestCheck> logger)
    : PeriodicCheck(clock.Time, clock.Every, logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        IReadOnlyList<Notification> held;
        await using (var query = store.QuerySession())
        {
            held = await query.Query<Notification>().Where(n => n.AnyTenant() && n.DigestAt != null && n.DigestAt <= now).ToListAsync(cancellationToken);
        }

        var digests = 0;
        foreach (var group in held.GroupBy(n => (Partnership: n.TenantId!, n.Recipient!.Email, At: n.DigestAt!.Value)))
        {
            var messages = group.ToList();
            var request = DailyDigests.For(messages[0].Recipient!, group.Key.At, messages, mail.Value.LinkTo("/notifications"));
            await notify.OnceAsync(group.Key.Partnership, request, cancellationToken);
            var digestId = NotificationDecisions.IdFor(request.SourceEventId, request.Kind, request.OrganisationId);
            await using var session = store.LightweightSession(group.Key.Partnership);
            foreach (var message in messages)
            {
                session.Events.Append(message.Id, message.Version + 1, new NotificationDigested(message.Id, digestId, Actor.System, now));
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
                digests++;
            }
            catch (ConcurrencyException)
            {
                LogRaced(logger, digestId); // another check marked them first; the digest itself was written once
            }
        }

        return digests;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DigestId}: its messages were marked by another check first")]
    private static partial void LogRaced(ILogger logger, Guid digestId);
}
