using JasperFx;
using Marten;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Delivery;

/// <summary>
/// Sends every message that is due, urgent ones first, in every partnership; woken when a message is written and
/// otherwise looking every second for retries that have come due. Each attempt is recorded on the message's stream.
/// </summary>
public sealed partial class DeliveryWorker(IDocumentStore store, SmtpMailer mailer, DeliverySignal signal, TimeProvider clock, ILogger<DeliveryWorker> logger)
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
            var result = await mailer.SendAsync(notification, cancellationToken);
            await using var session = store.LightweightSession(notification.TenantId!);
            session.Events.Append(notification.Id, notification.Version + 1, NotificationDecisions.AfterAttempt(notification, result, clock.GetUtcNow()));
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (ConcurrencyException)
            {
                LogRaced(logger, notification.Id);
            }
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A delivery pass failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} changed while it was being sent; its attempt was not recorded")]
    private static partial void LogRaced(ILogger logger, Guid notificationId);
}
