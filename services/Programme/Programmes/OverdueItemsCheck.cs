using Marten;
using Safeguarding.EventSourcing.Background;

namespace Safeguarding.Programme.Programmes;

/// <summary>
/// Flags scheduled items whose quarter has passed undone, for every partnership, on the service's clock (so tests
/// can move time). Runs at start and then every Programme:OverdueCheckEvery (default one hour).
/// </summary>
public sealed class OverdueItemsCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OverdueItemsCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Programme:OverdueCheckEvery", TimeSpan.FromHours(1)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        await using var reader = store.QuerySession();
        var candidates = (await reader.Query<AuditProgramme>().Where(p => p.AnyTenant()).ToListAsync(cancellationToken))
            .Where(p => ProgrammeDecisions.Overdue(p, now).Count > 0 && p.TenantId is not null);

        var flagged = 0;
        foreach (var candidate in candidates)
        {
            await using var session = store.LightweightSession(candidate.TenantId!);
            var stream = await session.Events.FetchForWriting<AuditProgramme>(candidate.Id, cancellationToken);
            var overdue = ProgrammeDecisions.Overdue(stream.Aggregate!, now);
            stream.AppendMany(overdue);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                flagged += overdue.Count;
            }
            catch (JasperFx.ConcurrencyException)
            {
                // The programme changed meanwhile (an edit, or another check): the next check sees it afresh.
            }
        }

        return flagged;
    }
}
