using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Programme.Indicators;

public enum Direction
{
    LowerIsBetter,
    HigherIsBetter,
}

/// <summary>
/// What the partnership watches (e.g. re-referrals within 12 months, second or subsequent child protection plans,
/// children missing education), which way is better, and the band it tolerates.
/// </summary>
[NotPersonal("A performance indicator's name, description and unit: figures, not people.")]
public sealed record IndicatorDefinition(string Name, string? Description, string Unit, Direction Direction, decimal ToleranceLow, decimal ToleranceHigh);

public sealed record IndicatorValue([NotPersonal("The period the figure is for.")] string Period, decimal Value, DateTimeOffset RecordedAt);

public sealed record PerformanceIndicator(Guid Id, IndicatorDefinition Definition, IReadOnlyList<IndicatorValue> Values) : IVersioned
{
    public long Version { get; init; }

    public static PerformanceIndicator Create(IndicatorDefined defined) => new(defined.IndicatorId, defined.Definition, []);

    // Periods are "yyyy-Qn" or "yyyy-MM", so their order as text is their order in time.
    public PerformanceIndicator Apply(IndicatorValueRecorded recorded) =>
        this with
        {
            Values = [.. Values.Where(v => v.Period != recorded.Period).Append(new IndicatorValue(recorded.Period, recorded.Value, recorded.At)).OrderBy(v => v.Period, StringComparer.Ordinal)],
        };
}
