using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Tests;

public class CycleDecisionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void A_cycle_needs_a_year_and_a_deadline() =>
        Assert.Equal(["deadline", "year"], CycleDecisions.Validate(new OpenSection11Cycle(null, null), Today).ToDictionary().Keys.Order());

    [Fact]
    public void A_deadline_in_the_past_is_refused() =>
        Assert.Equal(["deadline"], CycleDecisions.Validate(new OpenSection11Cycle(2026, new DateOnly(2026, 11, 26)), Today).ToDictionary().Keys);

    [Theory]
    [InlineData(2026, 2026, 12, 31, true)]
    [InlineData(2026, 2027, 3, 31, true)]
    [InlineData(2026, 2028, 1, 15, false)]
    [InlineData(2028, 2027, 6, 30, false)]
    public void The_deadline_falls_in_the_cycle_year_or_the_next(int year, int y, int m, int d, bool valid) =>
        Assert.Equal(valid, CycleDecisions.Validate(new OpenSection11Cycle(year, new DateOnly(y, m, d)), Today).IsValid);

    [Fact]
    public void One_cycle_a_year_per_partnership()
    {
        Assert.Equal(CycleDecisions.IdFor("st-helens", 2027), CycleDecisions.IdFor("st-helens", 2027));
        Assert.NotEqual(CycleDecisions.IdFor("st-helens", 2027), CycleDecisions.IdFor("halton", 2027));
    }
}
