using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Safeguarding.EventSourcing.Background;

/// <summary>
/// A check a service runs at start and then on every tick of its own clock (so tests can move time), across
/// partnerships. A failed check is logged and tried again at the next tick; the service keeps running.
/// </summary>
public abstract partial class PeriodicCheck(TimeProvider clock, TimeSpan every, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Runs the check once and answers how many records it changed.</summary>
    public abstract Task<int> CheckAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, Clock);
        do
        {
            try
            {
                // A tick that changed nothing has nothing to tell the dashboard.
                if (await CheckAsync(stoppingToken) is > 0 and var changed)
                {
                    LogChecked(logger, GetType().Name, changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, GetType().Name, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Check}: {Changed} record(s) changed")]
    private static partial void LogChecked(ILogger logger, string check, int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Check} failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, string check, Exception exception);
}
