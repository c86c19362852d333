using Marten;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Background;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>
/// Finds, in every partnership this service holds records of, the kinds it keeps by age with records past their period,
/// and tells the coordinator (RecordsPastRetention, which Notifications sends on) when a kind is newly waiting. Nothing is
/// erased until the coordinator confirms a line of the due list. Runs at start and then every Retention:CheckEvery
/// (default one day).
/// </summary>
public sealed class RecordsPastRetentionCheck(
    IDocumentStore store,
    IEnumerable<IRetainedRecords> retained,
    IBus bus,
    IHostEnvironment service,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<RecordsPastRetentionCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Retention:CheckEvery", TimeSpan.FromDays(1)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        foreach (var partnership in await PartnershipsAsync(cancellationToken))
        {
            await using var session = store.LightweightSession(partnership);
            var log = RecordRetention.NoticesOf(partnership);
            var version = (await session.Events.FetchStreamStateAsync(log, cancellationToken))?.Version ?? 0;
            var found = RetentionNotices.Announce(
                await RecordRetention.DueAsync(session, retained, Clock, cancellationToken),
                await session.Events.QueryRawEventDataOnly<RecordsFoundPastRetention>().ToListAsync(cancellationToken),
                await session.Events.QueryRawEventDataOnly<RecordsErasedPastRetention>().ToListAsync(cancellationToken),
                (await session.LoadAsync<KeptPeriods>(KeptPeriods.OnlyId, cancellationToken))?.SetAt ?? DateTimeOffset.MinValue,
                Clock.GetUtcNow());
            if (found.Count == 0)
            {
                continue;
            }

            // Told before it is written down: not every service keeps an outbox, and a notice sent again the same day
            // carries the same id, which Notifications sends once. Written down after, a lost publish would never be sent.
            foreach (var notice in found)
            {
                await bus.Publish(Notice(service.ApplicationName, partnership, notice), cancellationToken);
            }

            try
            {
                RecordRetention.AppendToLog(session, log, version, found);
                await session.SaveChangesAsync(cancellationToken);
                announced += found.Count;
            }
            catch (Exception ex) when (ex is JasperFx.ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                // Another instance's check wrote first: the next tick reads what it wrote.
            }
        }

        return announced;
    }

    /// <summary>What the coordinator is told; a notice sent again on the same day by the same service has the same id.</summary>
    public static RecordsPastRetention Notice(string service, string partnership, RecordsFoundPastRetention notice) => new(
        DeterministicGuid.Create("records-past-retention", service, partnership, notice.Kind.ToString(), $"{notice.At.UtcDateTime:yyyy-MM-dd}"),
        partnership,
        notice.At,
        Actor.System,
        notice.Kind,
        notice.Records);

    /// <summary>Every partnership with a record here: each record this service keeps by age is kept as a stream.</summary>
    private async Task<IReadOnlyList<string>> PartnershipsAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.AdvancedSql.QueryAsync<string>(
            $"select distinct tenant_id from {store.Options.Events.DatabaseSchemaName}.mt_streams where tenant_id <> '{JasperFx.StorageConstants.DefaultTenantId}'", cancellationToken);
    }
}
