using Marten;

namespace Safeguarding.Programme.Programmes;

/// <summary>
/// Flags scheduled items whose quarter has passed undone, for every partnership, on the service's clock (so tests
/// can move time). Runs at start and then every Programme:OverdueCheckEvery (default one hour).
/// </summary>
public sealed partial class OverdueItemsWatcher(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OverdueItemsWatcher> logger)
    : BackgroundService
{
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Programme:OverdueCheckEvery", TimeSpan.FromHours(1)), clock);
        do
        {
            try
            {
                var flagged = await CheckAsync(stoppingToken);
                LogChecked(logger, flagged);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overdue check: {Flagged} item(s) newly overdue")]
    private static partial void LogChecked(ILogger logger, int flagged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue check failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
