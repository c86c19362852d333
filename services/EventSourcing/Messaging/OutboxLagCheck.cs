using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.Logging;
using Safeguarding.EventSourcing.Background;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>
/// How far the outbox forwarder has published, and how many committed events wait behind it (they grow while the broker
/// is away and fall back to 0 after), as gauges for the Aspire dashboard; measured every few seconds, since an
/// observable instrument cannot ask the database itself.
/// </summary>
public sealed class OutboxLagCheck : PeriodicCheck
{
    private readonly IDocumentStore _store;
    private long _position;
    private long _lag;

    public OutboxLagCheck(IDocumentStore store, IMeterFactory meters, TimeProvider clock, ILogger<OutboxLagCheck> logger)
        : base(clock, TimeSpan.FromSeconds(5), logger)
    {
        _store = store;
        var meter = meters.Create(FailedMessages.MeterName);
        meter.CreateObservableGauge("safeguarding.outbox.position", () => Interlocked.Read(ref _position), "{event}", "The last event the forwarder published");
        meter.CreateObservableGauge("safeguarding.outbox.lag", () => Interlocked.Read(ref _lag), "{event}", "Events committed but not yet published");
    }

    /// <summary>Measures the forwarder's position; it changes no record.</summary>
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var shards = await _store.Advanced.AllProjectionProgress(token: cancellationToken);
        var position = shards.Where(s => s.ShardName.StartsWith(IntegrationEventForwarder.SubscriptionName, StringComparison.Ordinal))
            .Select(s => s.Sequence).DefaultIfEmpty(0).Min();
        var newest = (await _store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventSequenceNumber;
        Interlocked.Exchange(ref _position, position);
        Interlocked.Exchange(ref _lag, Math.Max(0, newest - position));
        return 0;
    }
}
