using System.Text;
using RabbitMQ.Client;

namespace Safeguarding.Testing;

/// <summary>A message MassTransit gave up on, as it lies in an endpoint's error queue: its body and why it faulted.</summary>
public sealed record FaultedMessage(string Body, string FaultMessage, string ExceptionType);

public static class ErrorQueue
{
    /// <summary>Takes the first message that reaches <paramref name="queue"/>'s error queue, waiting for it to arrive.</summary>
    public static async Task<FaultedMessage> TakeAsync(Uri amqpUri, string queue, TimeSpan timeout)
    {
        await using var connection = await new ConnectionFactory { Uri = amqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await QueueExistsAsync(connection, $"{queue}_error") && await channel.BasicGetAsync($"{queue}_error", autoAck: true) is { } result)
            {
                var headers = result.BasicProperties.Headers ?? new Dictionary<string, object?>();
                return new FaultedMessage(Encoding.UTF8.GetString(result.Body.Span), Header(headers, "MT-Fault-Message"), Header(headers, "MT-Fault-ExceptionType"));
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing reached {queue}_error within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    // A passive declare of a missing queue closes its channel, so each look gets a channel of its own.
    private static async Task<bool> QueueExistsAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }

    private static string Header(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var value) && value is byte[] bytes
        ? Encoding.UTF8.GetString(bytes)
        : value?.ToString() ?? "";
}
