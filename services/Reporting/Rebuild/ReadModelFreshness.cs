using Marten;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>How many of the partnership's own events the figures do not count yet, and whether they are being rebuilt.</summary>
public sealed record Freshness(long EventsBehind, bool Rebuilding);

/// <summary>How fresh the figures are: the slowest read model against the events logged after it, and whether a rebuild runs.</summary>
public sealed class ReadModelFreshness(IDocumentStore store, ReadModelRebuild rebuild)
{
    /// <summary>
    /// One partnership's view: only its own events count, since positions are on the one sequence all partnerships
    /// share and would tell one partnership how busy the others are.
    /// </summary>
    public async Task<Freshness> MeasureAsync(IQuerySession partnership, CancellationToken cancellationToken)
    {
        var position = await SlowestReadModelAsync(cancellationToken);
        var behind = await partnership.Events.QueryAllRawEvents().Where(e => e.Sequence > position).CountAsync(cancellationToken);
        return new Freshness(behind, rebuild.StatusFor(partnership.TenantId).Running);
    }

    /// <summary>Every partnership's events not yet in every read model: for the operator and the dashboard gauge.</summary>
    public async Task<long> ServiceLagAsync(CancellationToken cancellationToken)
    {
        var position = await SlowestReadModelAsync(cancellationToken);
        var newest = (await store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventSequenceNumber;
        return Math.Max(0, newest - position);
    }

    private async Task<long> SlowestReadModelAsync(CancellationToken cancellationToken)
    {
        var shards = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        var readModels = shards.Where(s => !s.ShardName.Contains("HighWater", StringComparison.OrdinalIgnoreCase)).ToList();
        return readModels.Count == 0 ? 0 : readModels.Min(s => s.Sequence);
    }
}
