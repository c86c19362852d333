namespace Safeguarding.Notifications.Delivery;

/// <summary>Wakes delivery when a message is written, so an urgent one goes at once rather than at the next poll.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Wake()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one pass delivers everything due.
        }
    }

    public void Dispose() => _pending.Dispose();

    public Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken) => _pending.WaitAsync(atMost, cancellationToken);
}
