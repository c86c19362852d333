using System.Diagnostics.Metrics;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Overview;

/// <summary>
/// The read models' lag behind the newest logged event, as a gauge for the Aspire dashboard. The gauge reads the last
/// value measured here, every few seconds, since an observable instrument cannot ask the database itself.
/// </summary>
public sealed class ReadModelLagCheck : PeriodicCheck
{
    public const string MeterName = "Safeguarding.Reporting";
    public const string LagInstrument = "safeguarding.reporting.read_model.lag";

    private readonly ReadModelFreshness _freshness;
    private long _lag;

    public ReadModelLagCheck(ReadModelFreshness freshness, IMeterFactory meters, TimeProvider clock, ILogger<ReadModelLagCheck> logger)
        : base(clock, TimeSpan.FromSeconds(5), logger)
    {
        _freshness = freshness;
        meters.Create(MeterName).CreateObservableGauge(LagInstrument, () => Interlocked.Read(ref _lag), "{event}", "Events logged but not yet in every read model");
    }

    /// <summary>Measures the lag; it changes no record.</summary>
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lag, await _freshness.ServiceLagAsync(cancellationToken));
        return 0;
    }
}
