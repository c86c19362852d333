using Marten;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Overview;

/// <summary>How fresh every figure is: the slowest read model against the newest logged event, and whether a rebuild runs.</summary>
public sealed class ReadModelFreshness(IDocumentStore store, ReadModelRebuild rebuild)
{
    /// <summary>Positions are on the one event sequence all partnerships share.</summary>
    public async Task<Freshness> MeasureAsync(CancellationToken cancellationToken)
    {
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellationToken);
        var shards = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        var readModels = shards.Where(s => !s.ShardName.Contains("HighWater", StringComparison.OrdinalIgnoreCase)).ToList();
        var position = readModels.Count == 0 ? 0 : readModels.Min(s => s.Sequence);
        var newest = statistics.EventSequenceNumber;
        return new Freshness(position, newest, Math.Max(0, newest - position), rebuild.Status.Running);
    }
}
