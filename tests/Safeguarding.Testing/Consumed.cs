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
    private int _count;

    private Consumed(IBus bus) => _handle = bus.ConnectConsumeMessageObserver(this);

    public static Consumed<TMessage> On(IBus bus) => new(bus);

    public Task PreConsume(ConsumeContext<TMessage> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<TMessage> context)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<TMessage> context, Exception exception) => Task.CompletedTask;

    public Task WaitForAsync(int count, TimeSpan? timeout = null) =>
        Eventually.Get(() => Task.FromResult(Volatile.Read(ref _count)), consumed => consumed >= count, timeout);

    public void Dispose() => _handle.Disconnect();
}
