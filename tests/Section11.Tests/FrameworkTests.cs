using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;

namespace Safeguarding.Section11.Tests;

public class FrameworkTests
{
    [Fact]
    public void Section_11_has_the_common_eight_standards_with_numbered_indicators()
    {
        var framework = BuiltInFrameworks.Section11;

        Assert.Equal(Enumerable.Range(1, 8), framework.Standards.Select(s => s.Number));
        Assert.Equal("1.1", framework.Standards[0].Indicators[0].Number);
        Assert.Equal(framework.Indicators.Count(), framework.Indicators.Select(i => i.Number).Distinct().Count());
    }

    [Fact]
    public void Section_175_covers_the_school_sections_and_is_scored_yes_or_no()
    {
        var framework = BuiltInFrameworks.Section175;

        Assert.Contains(framework.Standards, s => s.Title == "Online safety");
        Assert.Contains(framework.Standards, s => s.Title == "Allegations and the LADO");
        Assert.Equal(ScoringSchemes.YesNo.Key, framework.DefaultScheme);
    }

    [Theory]
    [InlineData("self-score-0-3", "1", true)]
    [InlineData("self-score-0-3", "2", false)]
    [InlineData("met", "partially-met", true)]
    [InlineData("met", "mostly-met", false)]
    [InlineData("rag", "amber", false)]
    [InlineData("rag", "red", true)]
    [InlineData("yes-no", "no", true)]
    public void Each_scheme_says_which_scores_mark_a_weak_standard(string scheme, string score, bool weak) =>
        Assert.Equal(weak, ScoringSchemes.Find(scheme)!.IsWeak(score));

    [Fact]
    public void A_cycle_keeps_the_framework_and_scheme_it_opened_on()
    {
        var today = new DateOnly(2026, 11, 27);
        var command = new OpenSection11Cycle(2027, new DateOnly(2027, 3, 31), Scheme: "met");

        var opened = CycleDecisions.Open("st-helens", command, new Contracts.Actor("c", null), DateTimeOffset.UtcNow);

        Assert.True(CycleDecisions.Validate(command, today).IsValid);
        Assert.Equal(("section-11", 1, "met"), (opened.Framework.Key, opened.Framework.Version, opened.Scheme.Key));
        Assert.Equal(["framework", "scheme"], CycleDecisions.Validate(command with { Framework = "section-175", Scheme = "stars" }, today).ToDictionary().Keys.Order());
    }
}
