using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>
/// The outbox: a Marten subscription reads committed events in order and publishes the allow-listed ones
/// with MessageId = the message's EventId (the Marten event id, or one derived from it). Nothing uncommitted is published; while RabbitMQ is down the
/// subscription waits and retries, and its stored position means nothing committed is lost. Each event is published
/// inside the trace that committed it (Marten keeps the calling span as the event's causation id), so one trace runs
/// from the gateway through the commit and the forwarder into every consumer, however late the publish.
/// </summary>
public sealed partial class IntegrationEventForwarder : SubscriptionBase
{
    private const string ActivitySourceName = "Safeguarding.EventSourcing";

    public const string SubscriptionName = "IntegrationEventForwarder";

    private static readonly ActivitySource Tracing = new(ActivitySourceName);

    private readonly IBus _bus;
    private readonly IIntegrationEventMap _map;
    private readonly ILogger<IntegrationEventForwarder> _logger;
    private readonly ResiliencePipeline _publishing;

    public IntegrationEventForwarder(IBus bus, IIntegrationEventMap map, ILogger<IntegrationEventForwarder> logger)
    {
        _bus = bus;
        _map = map;
        _logger = logger;
        Name = SubscriptionName;
        _publishing = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                // Everything but the daemon stopping us is retried: a broker going away can surface as a cancellation
                // inside MassTransit, and an exception that escapes pauses the subscription until the service restarts.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                OnRetry = args =>
                {
                    LogPublishRetry(_logger, args.AttemptNumber, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        foreach (var domainEvent in page.Events)
        {
            using var forwarding = StartForwarding(domainEvent);
            foreach (var message in await _map.ToIntegrationEventsAsync(domainEvent, cancellationToken))
            {
                // WaitAsync: a publish caught by the broker going down can wait for a confirm that never comes, heedless of
                // its token; abandoned at the timeout, it is sent again, and consumers already expect a message more than once.
                await _publishing.ExecuteAsync(
                    async token => await _bus.Publish(message, message.GetType(), context => context.MessageId = message.EventId, token)
                        .WaitAsync(token),
                    cancellationToken);
            }
        }

        return NullChangeListener.Instance;
    }

    private static Activity? StartForwarding(IEvent domainEvent)
    {
        var committedBy = ActivityContext.TryParse(domainEvent.CausationId, null, out var context) ? context : default;
        var activity = Tracing.StartActivity($"forward {domainEvent.EventTypeName}", ActivityKind.Internal, committedBy);
        activity?.SetTag("event.sequence", domainEvent.Sequence);
        return activity;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing an integration event failed (attempt {Attempt}); the forwarder waits and retries")]
    private static partial void LogPublishRetry(ILogger logger, int attempt, Exception? exception);
}
