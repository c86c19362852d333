using MassTransit;

namespace Safeguarding.Testing;

/// <summary>
/// Counts the messages of one type a service's consumers have finished with: the positive signal that a redelivery
/// was handled (and changed nothing), where waiting a while and finding nothing would prove nothing.
/// </summary>
public sealed class Consumed<TMessage> : IConsumeMessageObserver<TMessage>, IDisposable
    where TMessage : class
{
    private readonly ConnectHandle _handle;
    private readonly Func<TMessage, bool> _counts;
    private int _count;

    private Consumed(IBus bus, Func<TMessage, bool> counts)
    {
        _counts = counts;
        _handle = bus.ConnectConsumeMessageObserver(this);
    }

    public static Consumed<TMessage> On(IBus bus) => new(bus, _ => true);

    /// <summary>Counts one partnership's messages only: hosts on one broker hear each other's, so a count of all can come early.</summary>
    public static Consumed<TMessage> On(IBus bus, string partnershipId) =>
        new(bus, message => message is Safeguarding.Contracts.IIntegrationEvent e && e.PartnershipId == partnershipId);

    public Task PreConsume(ConsumeContext<TMessage> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<TMessage> context)
    {
        if (_counts(context.Message))
        {
            Interlocked.Increment(ref _count);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<TMessage> context, Exception exception) => Task.CompletedTask;

    public Task WaitForAsync(int count, TimeSpan? timeout = null) =>
        Eventually.Get(() => Task.FromResult(Volatile.Read(ref _count)), consumed => consumed >= count, timeout);

    public void Dispose() => _handle.Disconnect();
}
