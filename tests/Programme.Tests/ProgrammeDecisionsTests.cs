using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;

namespace Safeguarding.Programme.Tests;

public class ProgrammeDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static AuditProgramme Draft2027() =>
        AuditProgramme.Create(new AuditProgrammeCreated(Guid.NewGuid(), 2027, Coordinator, Now));

    private static ItemInput Thematic(int quarter = 2, string theme = "Neglect") =>
        new(ScheduledItemKind.ThematicAudit, quarter, null, null, theme, [CaseCategory.ChildInNeed]);

    private static AuditProgramme Then(AuditProgramme programme, Decision decision) =>
        Assert.IsType<Decision.Accepted>(decision).Events.Aggregate(programme, (state, e) => (AuditProgramme)((dynamic)state).Apply((dynamic)e));

    private static IReadOnlyCollection<string> Fields(Decision decision) =>
        [.. Assert.IsType<Decision.Invalid>(decision).Errors.ToDictionary().Keys.Order(StringComparer.Ordinal)];

    private static Priority Accepted(string theme, CaseCategory? category = null) =>
        Priority.Create(new PriorityRecorded(Guid.NewGuid(), new PriorityDetails(PriorityRoute.KnownConcern, theme, "Why", null, category), Coordinator, Now));

    [Theory]
    [InlineData(null)]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_programme_year_must_be_plausible(int? year) =>
        Assert.Contains("year", ProgrammeDecisions.Validate(new CreateProgramme(year)).ToDictionary().Keys);

    [Fact]
    public void One_programme_a_year_per_partnership()
    {
        Assert.Equal(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("st-helens", 2027));
        Assert.NotEqual(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("st-helens", 2028));
        Assert.NotEqual(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("knowsley", 2027));
    }

    [Fact]
    public void Scheduling_names_each_bad_field() =>
        Assert.Equal(
            ["categories", "quarter", "theme"],
            Fields(ProgrammeDecisions.Schedule(Draft2027(), Thematic() with { Quarter = 5, Theme = "", Categories = [CaseCategory.EarlyHelp, CaseCategory.EarlyHelp] }, Guid.NewGuid(), Coordinator, Now)));

    [Fact]
    public void An_item_sits_in_a_quarter_or_between_dates_of_the_programme_year()
    {
        var byDates = Thematic() with { Quarter = null, Starts = new DateOnly(2027, 5, 1), Ends = new DateOnly(2027, 4, 1) };

        Assert.Equal(["ends"], Fields(ProgrammeDecisions.Schedule(Draft2027(), byDates, Guid.NewGuid(), Coordinator, Now)));
        Assert.Equal(["ends", "starts"], Fields(ProgrammeDecisions.Schedule(Draft2027(), byDates with { Starts = new DateOnly(2030, 1, 1), Ends = new DateOnly(2030, 2, 1) }, Guid.NewGuid(), Coordinator, Now)));
        Assert.Equal(["ends"], Fields(ProgrammeDecisions.Schedule(Draft2027(), Thematic() with { Ends = DateOnly.MaxValue }, Guid.NewGuid(), Coordinator, Now)));
        Assert.Equal(["quarter"], Fields(ProgrammeDecisions.Schedule(Draft2027(), byDates with { Starts = null }, Guid.NewGuid(), Coordinator, Now)));
    }

    [Fact]
    public void The_same_theme_twice_in_a_quarter_is_refused()
    {
        var programme = Then(Draft2027(), ProgrammeDecisions.Schedule(Draft2027(), Thematic(), Guid.NewGuid(), Coordinator, Now));

        Assert.Equal(["theme"], Fields(ProgrammeDecisions.Schedule(programme, Thematic(theme: " neglect "), Guid.NewGuid(), Coordinator, Now)));
        Assert.IsType<Decision.Accepted>(ProgrammeDecisions.Schedule(programme, Thematic(quarter: 3), Guid.NewGuid(), Coordinator, Now));
    }

    [Fact]
    public void Generate_proposes_four_thematic_audits_from_priorities_a_general_audit_and_both_cycles()
    {
        var generated = Then(Draft2027(), ProgrammeDecisions.Generate(Draft2027(), [Accepted("Neglect"), Accepted("Child in need baseline", CaseCategory.ChildInNeed)], Guid.NewGuid, Coordinator, Now));

        Assert.Equal(4, generated.Items.Count(i => i.Kind == ScheduledItemKind.ThematicAudit));
        Assert.Equal([1, 2, 3, 4], generated.Items.Where(i => i.Kind == ScheduledItemKind.ThematicAudit).Select(i => i.Quarter!.Value).Order());
        Assert.Equal(2, generated.Items.Count(i => i.PriorityId is not null));
        Assert.Contains(generated.Items, i => i.Categories.SequenceEqual([CaseCategory.ChildInNeed]));
        Assert.Single(generated.Items, i => i.Kind == ScheduledItemKind.GeneralAudit);
        Assert.Single(generated.Items, i => i.Kind == ScheduledItemKind.Section11Cycle);
        Assert.Single(generated.Items, i => i.Kind == ScheduledItemKind.Section175Cycle);
        Assert.IsType<Decision.NotAllowed>(ProgrammeDecisions.Generate(generated, [], Guid.NewGuid, Coordinator, Now));
    }

    [Fact]
    public void Publishing_freezes_a_numbered_version_and_a_later_change_starts_the_next_draft()
    {
        var programme = Then(Draft2027(), ProgrammeDecisions.Schedule(Draft2027(), Thematic(), Guid.NewGuid(), Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(ProgrammeDecisions.Publish(Draft2027(), Coordinator, Now));

        var v1 = Then(programme, ProgrammeDecisions.Publish(programme, Coordinator, Now));
        Assert.Equal((ProgrammeStatus.Published, 1), (v1.Status, v1.LatestPublished!.Number));
        Assert.IsType<Decision.NotAllowed>(ProgrammeDecisions.Publish(v1, Coordinator, Now));

        var item = v1.Items[0];
        var changed = Then(v1, ProgrammeDecisions.Change(v1, item.ItemId, Thematic(quarter: 4), Coordinator, Now));
        Assert.Equal(ProgrammeStatus.Draft, changed.Status);
        var v2 = Then(changed, ProgrammeDecisions.Publish(changed, Coordinator, Now));

        var diff = ProgrammeDiff.Between(v2.Published[0], v2.Published[1]);
        Assert.Equal((2, 4), (diff.Changed.Single().Before.Quarter!.Value, diff.Changed.Single().After.Quarter!.Value));
        Assert.Empty(diff.Added);
        Assert.Equal(2, v2.Published[0].Items[0].Quarter);
    }

    [Fact]
    public void An_audit_stays_an_audit_and_a_removal_needs_a_reason()
    {
        var programme = Then(Draft2027(), ProgrammeDecisions.Schedule(Draft2027(), Thematic(), Guid.NewGuid(), Coordinator, Now));
        var item = programme.Items[0];

        Assert.IsType<Decision.NotAllowed>(ProgrammeDecisions.Change(programme, item.ItemId, Thematic() with { Kind = ScheduledItemKind.FeedbackMilestone }, Coordinator, Now));
        Assert.Equal(["reason"], Fields(ProgrammeDecisions.Remove(programme, item.ItemId, new RemoveItem(""), Coordinator, Now)));
        Assert.Equal(["itemId"], Fields(ProgrammeDecisions.Remove(programme, Guid.NewGuid(), new RemoveItem("x"), Coordinator, Now)));
    }
}
