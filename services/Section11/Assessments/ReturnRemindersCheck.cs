using Marten;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// Reminds every organisation with an outstanding return, in every partnership, as the deadline nears and once it
/// has passed. Runs at start and then every Section11:ReminderCheckEvery (default six hours).
/// </summary>
public sealed class ReturnRemindersCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<ReturnRemindersCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Section11:ReminderCheckEvery", TimeSpan.FromHours(6)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        await using var reader = store.QuerySession();
        var cycles = (await reader.Query<Section11Cycle>().Where(c => c.AnyTenant() && c.Stage == CycleStage.Open).ToListAsync(cancellationToken))
            .Where(c => c.TenantId is not null && ReturnTracking.DueFrom(c) <= DateOnly.FromDateTime(now.UtcDateTime))
            .ToList();

        var sent = 0;
        foreach (var cycle in cycles)
        {
            await using var session = store.LightweightSession(cycle.TenantId!);
            var outstanding = await session.Query<Assessment>().Where(a => a.CycleId == cycle.Id && a.Status == AssessmentStatus.InProgress).ToListAsync(cancellationToken);
            sent += await session.AppendWhereDueAsync(outstanding, a => a.Id, a => a.Version, a => ReturnTracking.Due(cycle, a, now), cancellationToken);
        }

        return sent;
    }
}
