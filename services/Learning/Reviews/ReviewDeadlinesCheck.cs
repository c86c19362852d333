using Marten;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Learning.Calendar;

namespace Safeguarding.Learning.Reviews;

/// <summary>
/// Flags review deadlines at risk and missed, on each partnership's working-day calendar, across partnerships.
/// Runs at start and then every Learning:ReviewCheckEvery (default one hour).
/// </summary>
public sealed class ReviewDeadlinesCheck(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<ReviewDeadlinesCheck> logger)
    : PeriodicCheck(clock, configuration.GetValue("Learning:ReviewCheckEvery", TimeSpan.FromHours(1)), logger)
{
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        await using var reader = store.QuerySession();
        var open = (await reader.Query<Review>().Where(r => r.AnyTenant()).ToListAsync(cancellationToken))
            .Where(r => r.TenantId is not null && r.OpenDeadlines.Count > 0);

        var flagged = 0;
        foreach (var partnership in open.GroupBy(r => r.TenantId!))
        {
            await using var session = store.LightweightSession(partnership.Key);
            var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
            flagged += await session.AppendWhereDueAsync(partnership, r => r.Id, r => r.Version, r => ReviewDecisions.DeadlineFlags(r, calendar, now), cancellationToken);
        }

        return flagged;
    }
}
