using System.Threading.Channels;
using MassTransit;

namespace Safeguarding.Testing;

/// <summary>
/// A listener of its own on the broker, standing where another service would: it records every message of
/// one type, with its MessageId, on a durable queue that survives a broker restart.
/// </summary>
public sealed class BusProbe<TMessage> : IAsyncDisposable
    where TMessage : class
{
    private readonly Channel<ConsumeContext<TMessage>> _received = Channel.CreateUnbounded<ConsumeContext<TMessage>>();
    private IBusControl? _bus;

    public static async Task<BusProbe<TMessage>> StartAsync(Uri amqpUri)
    {
        var probe = new BusProbe<TMessage>();
        probe._bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(amqpUri);
            rabbit.ReceiveEndpoint("probe-" + Guid.NewGuid().ToString("N"), endpoint =>
                endpoint.Handler<TMessage>(async context => await probe._received.Writer.WriteAsync(context)));
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await probe._bus.StartAsync(timeout.Token);
        return probe;
    }

    /// <summary>The first message that matches, or a TimeoutException.</summary>
    public async Task<ConsumeContext<TMessage>> WaitForAsync(Func<TMessage, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var context in _received.Reader.ReadAllAsync(cancellation.Token))
            {
                if (match(context.Message))
                {
                    return context;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        throw new TimeoutException($"No {typeof(TMessage).Name} arrived within {timeout}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
