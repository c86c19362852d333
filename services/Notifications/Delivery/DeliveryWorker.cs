using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Delivery;

/// <summary>
/// Sends every message that is due, urgent ones first, in every partnership; woken when a message is written and
/// otherwise looking every second for retries that have come due. Each message is claimed on its stream before it is
/// sent (so two passes, or two instances, never both send it) and each attempt is recorded there.
/// </summary>
public sealed partial class DeliveryWorker(
    IDocumentStore store, SmtpMailer mailer, DeliverySignal signal, IOptions<MailOptions> mail, TimeProvider clock, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    /// <summary>How many messages one pass takes at most, so a long queue cannot hold up the next pass's urgent ones.</summary>
    public const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                while (await DeliverDueAsync(stoppingToken) == Batch)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    /// <summary>One pass: answers how many messages it tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Notification> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<Notification>()
                .Where(n => n.AnyTenant() && n.NextAttemptAt != null && n.NextAttemptAt <= now)
                .OrderByDescending(n => n.Urgent).ThenBy(n => n.NextAttemptAt)
                .Take(Batch)
                .ToListAsync(cancellationToken);
        }

        foreach (var notification in due)
        {
            if (!await RecordAsync(notification, notification.Version + 1, NotificationDecisions.Claim(notification, mail.Value.Timeout, clock.GetUtcNow()), cancellationToken))
            {
                continue; // another pass claimed it first, and sends it
            }

            var result = await SendAsync(notification, cancellationToken);
            var after = NotificationDecisions.AfterAttempt(notification, result, clock.GetUtcNow());
            if (!await RecordAsync(notification, notification.Version + 2, after, cancellationToken, forgetOneTimeLink: after is NotificationSent or DeliveryAttemptFailed { RetryAt: null }))
            {
                LogRaced(logger, notification.Id);
            }
        }

        return due.Count;
    }

    /// <summary>A message with a one-time link goes as its e-mail copy says, link and all, while the link works.</summary>
    private async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (!notification.HasOneTimeLink)
        {
            return await mailer.SendAsync(notification, cancellationToken);
        }

        await using var query = store.QuerySession(notification.TenantId!);
        var link = await query.LoadAsync<OneTimeLink>(notification.Id, cancellationToken);
        return NotificationDecisions.Expired(link, clock.GetUtcNow()) ?? await mailer.SendAsync(notification with { Message = link!.Message }, cancellationToken);
    }

    /// <summary>
    /// Appends at the version the pass expects; false when the message changed meanwhile. Once a message is sent or given
    /// up, its one-time link (if it had one) is deleted with the same write.
    /// </summary>
    private async Task<bool> RecordAsync(Notification notification, long version, object @event, CancellationToken cancellationToken, bool forgetOneTimeLink = false)
    {
        await using var session = store.LightweightSession(notification.TenantId!);
        session.Events.Append(notification.Id, version, @event);
        if (forgetOneTimeLink && notification.HasOneTimeLink)
        {
            session.Delete<OneTimeLink>(notification.Id);
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A delivery pass failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} changed while it was being sent; its attempt was not recorded")]
    private static partial void LogRaced(ILogger logger, Guid notificationId);
}
