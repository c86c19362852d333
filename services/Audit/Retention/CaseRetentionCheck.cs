using JasperFx;
using JasperFx.Events;
using Marten;
using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.Background;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Audit.Retention;

/// <summary>
/// Finds, in every partnership with an ended audit, the cases kept past its period for case material, and tells the
/// coordinator when some are newly due (Audit's map sends RecordsPastRetention). Nothing is erased until the
/// coordinator confirms the list. Runs at start and then every Audit:RetentionCheckEvery (default one day).
/// </summary>
public sealed class CaseRetentionCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<CaseRetentionCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Audit:RetentionCheckEvery", TimeSpan.FromDays(1)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        IReadOnlyList<string> partnerships;
        await using (var reader = store.QuerySession())
        {
            var ended = await reader.Query<MultiAgencyAudit>()
                .Where(a => a.AnyTenant() && (a.Stage == AuditStage.Closed || a.Stage == AuditStage.Cancelled))
                .ToListAsync(cancellationToken);
            partnerships = [.. ended.Select(a => a.TenantId).OfType<string>().Distinct()];
        }

        var announced = 0;
        foreach (var partnership in partnerships)
        {
            await using var session = store.LightweightSession(partnership);
            var id = RetentionSchedule.IdFor(partnership);
            var schedule = await session.LoadAsync<RetentionSchedule>(id, cancellationToken);
            var found = RetentionDecisions.Announce(id, schedule, await RetentionEndpoints.DueAsync(session, id, now, cancellationToken), now);
            try
            {
                await StreamCommands.StartOrAppendAsync<RetentionSchedule>(session, id, schedule, found, cancellationToken);
                announced += found.Count;
            }
            catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                // Another instance's check, or the coordinator setting periods, wrote first: the next tick reads what they wrote.
            }
        }

        return announced;
    }
}
