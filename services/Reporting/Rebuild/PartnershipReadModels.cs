using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>
/// Rebuilds one partnership's rows of every read model from its own events, in one transaction: each read model's rows
/// are cleared and the partnership's events up to the position the read model had reached are folded again by the
/// read model's own projection. The live daemon is stopped meanwhile and resumes from those positions, so events that
/// arrive during the rebuild are applied once, after it. No other partnership's row is read or written.
/// </summary>
public static class PartnershipReadModels
{
    public static async Task RebuildAsync(
        IDocumentStore store, string partnershipId, Action<ReadModel, int> starting, CancellationToken cancellationToken)
    {
        var reached = (await store.Advanced.AllProjectionProgress(token: cancellationToken)).ToDictionary(s => s.ShardName, s => s.Sequence);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        IReadOnlyList<IEvent> log;
        await using (var reading = Session(store, transaction, partnershipId))
        {
            log = await reading.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        }

        var models = ReadModelProjections.All;
        for (var i = 0; i < models.Count; i++)
        {
            starting(models[i], i);
            await using (var clearing = Session(store, transaction, partnershipId))
            {
                models[i].ClearPartnership(clearing);
                await clearing.SaveChangesAsync(cancellationToken);
            }

            var projection = Registered(store, models[i]);
            var ceiling = reached.GetValueOrDefault($"{projection.Name}:All");
            var streams = log.Where(e => e.Sequence <= ceiling).GroupBy(e => e.StreamId).Select(stream => Stream(partnershipId, stream)).ToList();
            await using var building = Session(store, transaction, partnershipId);
            await projection.BuildForInline().ApplyAsync(building, streams, cancellationToken);
            await building.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static StreamAction Stream(string partnershipId, IGrouping<Guid, IEvent> events)
    {
        var stream = StreamAction.Append(events.Key, [.. events]);
        stream.TenantId = partnershipId;
        return stream;
    }

    private static IDocumentSession Session(IDocumentStore store, NpgsqlTransaction transaction, string partnershipId)
    {
        var options = Marten.Services.SessionOptions.ForTransaction(transaction);
        options.TenantId = partnershipId;
        return store.LightweightSession(options);
    }

    private static IProjectionSource<IDocumentOperations, IQuerySession> Registered(IDocumentStore store, ReadModel model) =>
        ((StoreOptions)store.Options).Projections.All.OfType<IProjectionSource<IDocumentOperations, IQuerySession>>().Single(p => p.GetType() == model.Projection);
}
