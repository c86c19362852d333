using Marten;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Learning.Calendar;

namespace Safeguarding.Learning.Actions;

/// <summary>
/// Flags actions whose due date has passed unfinished, on each partnership's working-day calendar, across
/// partnerships. Runs at start and then every Learning:OverdueCheckEvery (default one hour).
/// </summary>
public sealed class OverdueActionsCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OverdueActionsCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Learning:OverdueCheckEvery", TimeSpan.FromHours(1)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var reader = store.QuerySession();
        var candidates = await reader.Query<ImprovementAction>()
            .Where(a => a.AnyTenant() && a.OverdueFrom == null && a.ClosedAt == null && a.Progress != ActionProgress.Completed && a.DueDate < today)
            .ToListAsync(cancellationToken);

        var flagged = 0;
        foreach (var partnership in candidates.Where(a => a.TenantId is not null).GroupBy(a => a.TenantId!))
        {
            await using var session = store.LightweightSession(partnership.Key);
            var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
            flagged += await session.AppendWhereDueAsync(partnership, a => a.Id, a => a.Version, a => ActionDecisions.Overdue(a, calendar, now), cancellationToken);
        }

        return flagged;
    }
}
