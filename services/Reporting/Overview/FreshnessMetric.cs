using System.Diagnostics.Metrics;

namespace Safeguarding.Reporting.Overview;

/// <summary>
/// The read models' lag behind the newest logged event, as a gauge for the Aspire dashboard. The gauge reads the last
/// value measured here, every few seconds, since an observable instrument cannot ask the database itself.
/// </summary>
public sealed partial class FreshnessMetric : BackgroundService
{
    public const string MeterName = "Safeguarding.Reporting";
    public const string LagInstrument = "safeguarding.reporting.read_model.lag";

    private readonly ReadModelFreshness _freshness;
    private readonly TimeProvider _clock;
    private readonly ILogger<FreshnessMetric> _logger;
    private long _lag;

    public FreshnessMetric(ReadModelFreshness freshness, IMeterFactory meters, TimeProvider clock, ILogger<FreshnessMetric> logger)
    {
        (_freshness, _clock, _logger) = (freshness, clock, logger);
        meters.Create(MeterName).CreateObservableGauge(LagInstrument, () => Interlocked.Read(ref _lag), "{event}", "Events logged but not yet in every read model");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), _clock);
        do
        {
            try
            {
                Interlocked.Exchange(ref _lag, (await _freshness.MeasureAsync(stoppingToken)).EventsBehind);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Measuring the read models' lag failed; it is measured again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
