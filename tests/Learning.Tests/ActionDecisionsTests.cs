using Safeguarding.Contracts;
using Safeguarding.Learning.Actions;

namespace Safeguarding.Learning.Tests;

public class ActionDecisionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void An_action_needs_what_who_and_when() =>
        Assert.Equal(
            ["dueDate", "ownerOrganisationId", "title"],
            ActionDecisions.Validate(new RecordImprovementAction(null, Guid.Empty, null), Today).ToDictionary().Keys.Order());

    [Fact]
    public void An_action_already_overdue_is_refused() =>
        Assert.Equal(
            ["dueDate"],
            ActionDecisions.Validate(new RecordImprovementAction("Refresh training", Guid.NewGuid(), Today.AddDays(-1)), Today).ToDictionary().Keys);

    [Fact]
    public void A_recorded_action_starts_not_started_with_who_recorded_it()
    {
        var by = new Actor("training-manager-1", null);
        var recorded = ActionDecisions.Record(
            new RecordImprovementAction(" Refresh neglect training ", Guid.NewGuid(), Today.AddDays(30)), Guid.NewGuid(), by, DateTimeOffset.UtcNow);

        var action = ImprovementAction.Create(recorded);

        Assert.Equal("Refresh neglect training", action.Title);
        Assert.Equal(ActionStatus.NotStarted, action.Status);
        Assert.Equal(by, recorded.By);
    }
}
