using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Indicators;

public sealed record DefineIndicator(
    [Required, StringLength(200)] string? Name,
    [StringLength(2000)] string? Description,
    [Required, StringLength(50)] string? Unit,
    [Required] Direction? Direction,
    [Required] decimal? ToleranceLow,
    [Required] decimal? ToleranceHigh);

public sealed record RecordIndicatorValue(
    [Required(ErrorMessage = IndicatorDecisions.PeriodShape), RegularExpression("^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$", ErrorMessage = IndicatorDecisions.PeriodShape)] string? Period,
    [Required] decimal? Value);

public static class IndicatorDecisions
{
    /// <summary>How many worsening values in a row make a trend worth a priority.</summary>
    public const int WorseningRun = 3;

    public const string PeriodShape = "{0} is a quarter (2027-Q1) or a month (2027-01).";

    public static ValidationErrors Validate(DefineIndicator c) =>
        new ValidationErrors().Check(c)
            .When(c.ToleranceLow > c.ToleranceHigh, "toleranceHigh", "toleranceHigh must not be below toleranceLow.");

    public static IndicatorDefinition Definition(DefineIndicator c) =>
        new(c.Name!.Trim(), string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim(), c.Unit!.Trim(), c.Direction!.Value, c.ToleranceLow!.Value, c.ToleranceHigh!.Value);

    /// <summary>
    /// Records the value; a value outside tolerance, or the latest of a run of worsening values, also proposes a
    /// candidate priority linked to the indicator and period (one per period, however often it is corrected).
    /// </summary>
    public static Decision Record(PerformanceIndicator indicator, RecordIndicatorValue c, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c);
        if (!errors.IsValid)
        {
            return Decision.Reject(errors);
        }

        var recorded = new IndicatorValueRecorded(indicator.Id, c.Period!, c.Value!.Value, by, now);
        var after = indicator.Apply(recorded);
        return ConcernAbout(after, c.Period!) is { } rationale
            ? Decision.Accept(recorded, Candidate(after, c.Period!, rationale, by, now))
            : Decision.Accept(recorded);
    }

    public static Guid CandidateIdFor(Guid indicatorId, string period) =>
        DeterministicGuid.Create("candidate-priority", "performance-indicator", indicatorId.ToString(), period);

    private static PriorityProposed Candidate(PerformanceIndicator indicator, string period, string rationale, Actor by, DateTimeOffset now)
    {
        var id = CandidateIdFor(indicator.Id, period);
        var source = new PrioritySource(PrioritySourceKind.PerformanceIndicator, $"{indicator.Id}/{period}", indicator.Definition.Name);
        return new PriorityProposed(id, new PriorityDetails(PriorityRoute.PerformanceIndicator, indicator.Definition.Name, rationale, source, null), by, now);
    }

    /// <summary>Why the period's value is a concern, or null when it is not.</summary>
    public static string? ConcernAbout(PerformanceIndicator indicator, string period)
    {
        var d = indicator.Definition;
        var value = indicator.Values.Single(v => v.Period == period).Value;
        var worseSide = d.Direction == Direction.LowerIsBetter ? value > d.ToleranceHigh : value < d.ToleranceLow;
        if (worseSide)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{d.Name} was {value} {d.Unit} in {period}, outside the tolerance of {d.ToleranceLow}-{d.ToleranceHigh}.");
        }

        var upTo = indicator.Values.Where(v => string.CompareOrdinal(v.Period, period) <= 0).TakeLast(WorseningRun + 1).Select(v => v.Value).ToList();
        var worsening = upTo.Count == WorseningRun + 1 && upTo.Zip(upTo.Skip(1)).All(pair => d.Direction == Direction.LowerIsBetter ? pair.Second > pair.First : pair.Second < pair.First);
        return worsening
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Name} has worsened {WorseningRun} periods running, to {value} {d.Unit} in {period}.")
            : null;
    }
}
