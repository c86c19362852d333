using Marten;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Overview;

/// <summary>Loads a partnership's read models, and how fresh they are.</summary>
public static class ReportStore
{
    public static async Task<ReportData> LoadAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new(
            await session.Query<OrganisationRow>().ToListAsync(cancellationToken),
            await session.Query<ProgrammeItemRow>().ToListAsync(cancellationToken),
            await session.Query<GradeRow>().ToListAsync(cancellationToken),
            await session.Query<FindingRow>().ToListAsync(cancellationToken),
            await session.Query<AssessmentRow>().ToListAsync(cancellationToken),
            await session.Query<CycleRow>().ToListAsync(cancellationToken),
            await session.Query<ActionRow>().ToListAsync(cancellationToken),
            await session.Query<ReviewRow>().ToListAsync(cancellationToken),
            await session.Query<LearningRow>().ToListAsync(cancellationToken));

    /// <summary>The slowest read model's position against the newest logged event (one sequence across partnerships).</summary>
    public static async Task<Freshness> FreshnessAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellationToken);
        var shards = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        var readModels = shards.Where(s => !s.ShardName.Contains("HighWater", StringComparison.OrdinalIgnoreCase)).ToList();
        var position = readModels.Count == 0 ? 0 : readModels.Min(s => s.Sequence);
        var newest = statistics.EventSequenceNumber;
        return new Freshness(position, newest, Math.Max(0, newest - position), false);
    }
}
