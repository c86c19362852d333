using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Indicators;
using Safeguarding.Programme.Priorities;

namespace Safeguarding.Programme.Tests;

public class IndicatorDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    // Re-referrals within 12 months, in per cent: lower is better, 18-24 tolerated.
    private static PerformanceIndicator ReReferrals(params decimal[] values) =>
        values.Select((v, i) => new IndicatorValueRecorded(Guid.Empty, $"2026-Q{i + 1}", v, Coordinator, Now))
            .Aggregate(
                PerformanceIndicator.Create(new IndicatorDefined(Guid.NewGuid(), new IndicatorDefinition("Re-referrals within 12 months", null, "%", Direction.LowerIsBetter, 18, 24), Coordinator, Now)),
                (indicator, e) => indicator.Apply(e));

    private static Decision Record(PerformanceIndicator indicator, string period, decimal value) =>
        IndicatorDecisions.Record(indicator, new RecordIndicatorValue(period, value), Coordinator, Now);

    [Fact]
    public void A_value_inside_tolerance_is_only_recorded() =>
        Assert.IsType<IndicatorValueRecorded>(Assert.Single(Assert.IsType<Decision.Accepted>(Record(ReReferrals(20), "2026-Q2", 21)).Events));

    [Fact]
    public void A_value_outside_tolerance_proposes_a_priority_linked_to_the_indicator_and_period()
    {
        var indicator = ReReferrals(20);

        var events = Assert.IsType<Decision.Accepted>(Record(indicator, "2026-Q2", 27)).Events;

        var proposed = Assert.IsType<PriorityProposed>(events[1]);
        Assert.Equal(PriorityRoute.PerformanceIndicator, proposed.Details.Route);
        Assert.Equal($"{indicator.Id}/2026-Q2", proposed.Details.Source!.Reference);
        Assert.Equal(IndicatorDecisions.CandidateIdFor(indicator.Id, "2026-Q2"), proposed.PriorityId);
    }

    [Fact]
    public void A_run_of_worsening_values_inside_tolerance_proposes_a_priority_too()
    {
        Assert.Equal(2, Assert.IsType<Decision.Accepted>(Record(ReReferrals(18.5m, 19, 20), "2026-Q4", 22)).Events.Count);
        Assert.Single(Assert.IsType<Decision.Accepted>(Record(ReReferrals(18.5m, 21, 20), "2026-Q4", 22)).Events);
    }

    [Fact]
    public void Period_and_value_are_checked()
    {
        var errors = Assert.IsType<Decision.Invalid>(Record(ReReferrals(), "Q1 2027", 1) with { }).Errors.ToDictionary();
        Assert.Equal(["period"], errors.Keys);
        Assert.Equal(
            ["direction", "name", "toleranceHigh", "unit"],
            IndicatorDecisions.Validate(new DefineIndicator("", null, null, null, 5, 2)).ToDictionary().Keys.Order());
    }
}
