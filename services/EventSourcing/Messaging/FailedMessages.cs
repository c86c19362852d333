using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>A consumer queue's error queue: how many messages wait there, and the oldest few with why they failed.</summary>
public sealed record FailedMessageQueue(string Queue, long Count, IReadOnlyList<FailedMessage> Oldest);

/// <summary>A message its consumer gave up on after every retry (no body: integration events are partnerships' data).</summary>
public sealed record FailedMessage(string? MessageId, string MessageType, string ExceptionType, string Reason, string FaultedAt);

/// <summary>The service's error queues, one per consumer queue (a fixed few, whatever the partnerships hold).</summary>
public sealed record FailedMessageQueues(string Service, IReadOnlyList<FailedMessageQueue> Queues);

public sealed record FailedMessagesReplayed(int Replayed);

/// <summary>
/// The service's error queues, where MassTransit puts a message its consumer could not process after its retries
/// (<c>{queue}_error</c>). The operator sees them, and replays them into their queues once the cause is fixed: each is
/// moved back once (published, confirmed, then taken off the error queue), and consumers ignore a message they have
/// already applied. The queues are learnt from the bus as its endpoints start, so nothing here lists them by hand.
/// </summary>
public sealed class FailedMessages(string service, string queuePrefix, Uri broker) : IReceiveEndpointObserver, IAsyncDisposable
{
    private const string ErrorSuffix = "_error";

    public const string MeterName = "Safeguarding.Messaging";

    private const int OldestShown = 10;

    // MassTransit's record of the fault; left on a replayed message it would describe a failure that no longer holds.
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Reason"];

    private readonly ConcurrentDictionary<string, long> _lastCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _backlogs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    public string Service { get; } = service;

    /// <summary>What the dashboard plots: the messages waiting in each error queue and each consumer queue, as last counted.</summary>
    public void Measure(Meter meter)
    {
        meter.CreateObservableGauge(
            "safeguarding.messaging.failed_messages",
            () => _lastCounts.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            unit: "{message}",
            description: "Messages waiting in an error queue after their retries, until an operator replays them.");
        meter.CreateObservableGauge(
            "safeguarding.messaging.queue_depth",
            () => _backlogs.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            unit: "{message}",
            description: "Messages waiting in a consumer's queue, not yet taken: a consumer falling behind.");
    }

    /// <summary>Each consumer queue's error queue and how many wait in it, with the oldest few.</summary>
    public async Task<FailedMessageQueues> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken);
        var queues = new List<FailedMessageQueue>();
        foreach (var queue in _lastCounts.Keys.Order(StringComparer.Ordinal))
        {
            // Looked at without acknowledging: closing the channel puts each back where it was.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var count = await CountAsync(connection, queue, cancellationToken);
            var oldest = new List<FailedMessage>();
            while (oldest.Count < Math.Min(count, OldestShown) && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got)
            {
                oldest.Add(Describe(got.BasicProperties, got.Body));
            }

            queues.Add(new FailedMessageQueue(queue, count, oldest));
        }

        return new FailedMessageQueues(Service, queues);
    }

    /// <summary>
    /// How many messages wait in every error queue; the gauges show these counts, and each consumer queue's backlog,
    /// until the next look.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken);
        foreach (var queue in _lastCounts.Keys)
        {
            _lastCounts[queue] = await CountAsync(connection, queue, cancellationToken);
        }

        foreach (var queue in _backlogs.Keys)
        {
            _backlogs[queue] = await CountAsync(connection, queue, cancellationToken);
        }

        return _lastCounts;
    }

    /// <summary>
    /// Moves every message that waits in an error queue now back into its consumer's queue, once; a message that fails
    /// again returns to the error queue after its retries, and waits for the next replay.
    /// </summary>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken);
        var replayed = 0;
        foreach (var queue in _lastCounts.Keys)
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            var waiting = await CountAsync(connection, queue, cancellationToken);
            for (var i = 0; i < waiting && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got; i++)
            {
                var properties = new BasicProperties(got.BasicProperties)
                {
                    Headers = got.BasicProperties.Headers?
                        .Where(h => !FaultHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
                        .ToDictionary(),
                };

                // The consumer queue's own exchange delivers to that queue alone, not to every service's.
                await channel.BasicPublishAsync(queue[..^ErrorSuffix.Length], "", mandatory: true, properties, got.Body, cancellationToken);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
                replayed++;
            }
        }

        await CountAsync(cancellationToken);
        return replayed;
    }

    public static bool IsBrokerUnreachable(Exception exception) =>
        exception is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or ConnectFailureException;

    public Task Ready(ReceiveEndpointReady ready)
    {
        var queue = ready.InputAddress.AbsolutePath.Split('/')[^1];
        if (queue.StartsWith(queuePrefix, StringComparison.Ordinal))
        {
            _lastCounts.TryAdd(queue + ErrorSuffix, 0);
            _backlogs.TryAdd(queue, 0);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    private static async Task<long> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // Asking after a queue that does not exist closes the channel asking, so each question has one of its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            // MassTransit declares an error queue with its first failed message.
            return 0;
        }
    }

    private static FailedMessage Describe(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        string Header(string name) => properties.Headers?.TryGetValue(name, out var value) == true
            ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString() ?? ""
            : "";
        return new FailedMessage(
            properties.MessageId,
            MessageType(body),
            Header("MT-Fault-ExceptionType"),
            Header("MT-Fault-Message"),
            Header("MT-Fault-Timestamp"));
    }

    /// <summary>The contract MassTransit's envelope names first ("urn:message:safeguarding:programme:...:v1"), read without the data.</summary>
    private static string MessageType(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            return envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()?.Replace("urn:message:", "", StringComparison.Ordinal) ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not { IsOpen: true })
            {
                if (_connection is not null)
                {
                    await _connection.DisposeAsync();
                }

                var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = $"{Service} failed messages" };
                _connection = await factory.CreateConnectionAsync(cancellationToken);
            }

            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }
}
