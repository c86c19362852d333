using Marten;
using Safeguarding.Contracts;

namespace Safeguarding.Reporting.Inbox;

/// <summary>
/// Reporting's own log of everything it has heard. Each message is a stream keyed by its message id, so a
/// redelivered message finds its stream there and is recorded once; read models are projections over this log.
/// </summary>
public static class IntegrationEventLog
{
    /// <returns>False when the message was already in the log.</returns>
    public static async Task<bool> AppendOnceAsync(IDocumentStore store, IIntegrationEvent message, Guid messageId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(message.PartnershipId);
        if (await session.Events.FetchStreamStateAsync(messageId, cancellationToken) is not null)
        {
            return false;
        }

        session.Events.StartStream(messageId, message);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            return false;
        }
    }
}
