using System.Reflection;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using RabbitMQ.Client;

namespace Safeguarding.Testing;

/// <summary>
/// A durable queue bound to the exchange one message type is published on, read with the plain client. Unlike a
/// MassTransit consumer it holds no connection between looks, so what it shows after a broker restart depends on
/// the publisher alone, never on a consumer finding its way back.
/// </summary>
public sealed class ExchangeTap<TMessage>
    where TMessage : class
{
    private readonly Uri _amqpUri;
    private readonly string _queue = "tap-" + Guid.NewGuid().ToString("N");

    private ExchangeTap(Uri amqpUri) => _amqpUri = amqpUri;

    public static async Task<ExchangeTap<TMessage>> DeclareAsync(Uri amqpUri)
    {
        var exchange = typeof(TMessage).GetCustomAttribute<EntityNameAttribute>()?.EntityName
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} names no exchange.");
        var tap = new ExchangeTap<TMessage>(amqpUri);
        await using var connection = await tap.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        // As MassTransit declares a message type's exchange, so either may come first.
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(tap._queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(tap._queue, exchange, routingKey: "");
        return tap;
    }

    /// <summary>The first message that matches, or a TimeoutException saying <paramref name="context"/>'s story.</summary>
    public async Task<TMessage> TakeAsync(Func<TMessage, bool> match, TimeSpan timeout, Func<string> context)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await TryTakeAsync() is { } message && match(message))
            {
                return message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No matching {typeof(TMessage).Name} reached the tap within {timeout}.\n{context()}");
    }

    private async Task<TMessage?> TryTakeAsync()
    {
        try
        {
            await using var connection = await ConnectAsync();
            await using var channel = await connection.CreateChannelAsync();
            if (await channel.BasicGetAsync(_queue, autoAck: true) is not { } delivery)
            {
                return null;
            }

            using var envelope = JsonDocument.Parse(delivery.Body);
            return envelope.RootElement.GetProperty("message").Deserialize<TMessage>(SystemTextJsonMessageSerializer.Options);
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            return null; // the broker is still on its way back
        }
    }

    private Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { Uri = _amqpUri, RequestedConnectionTimeout = TimeSpan.FromSeconds(5) }.CreateConnectionAsync();
}
