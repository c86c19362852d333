using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;

namespace Safeguarding.Learning.Tests;

public class ActionDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly HashSet<Guid> Directory = [Owner];

    private static ImprovementAction Recorded(DateOnly due) => ImprovementAction.Create(Assert.IsType<ActionCreated>(Assert.Single(Assert.IsType<Decision.Accepted>(
        ActionDecisions.Record(new RecordImprovementAction(" Refresh neglect training ", "Audit finding", Owner, due), Directory, Guid.NewGuid(), Coordinator, Now)).Events)));

    private static ImprovementAction Then(ImprovementAction action, Decision decision) =>
        Assert.IsType<Decision.Accepted>(decision).Events.Aggregate(action, (state, e) => (ImprovementAction)((dynamic)state).Apply((dynamic)e));

    [Fact]
    public void An_action_needs_what_why_a_known_owner_and_a_due_date_not_past()
    {
        var invalid = Assert.IsType<Decision.Invalid>(ActionDecisions.Record(new RecordImprovementAction(null, " ", Guid.NewGuid(), new DateOnly(2026, 11, 26), ""), Directory, Guid.NewGuid(), Coordinator, Now));

        Assert.Equal(["dueDate", "ownerOrganisationId", "testTheme", "what", "why"], invalid.Errors.ToDictionary().Keys.Order());
        Assert.Equal(("Refresh neglect training", ActionStatus.NotStarted), (Recorded(new DateOnly(2027, 1, 29)).What, Recorded(new DateOnly(2027, 1, 29)).Status));
    }

    [Fact]
    public void Only_the_owner_reports_progress_and_only_until_the_action_is_closed()
    {
        var action = Recorded(new DateOnly(2027, 1, 29));

        Assert.IsType<Decision.Forbidden>(ActionDecisions.ReportProgress(action, Guid.NewGuid(), new ReportProgress(ActionProgress.OnTrack, "Started"), Coordinator, Now));
        Assert.Equal(["note", "progress"], Assert.IsType<Decision.Invalid>(ActionDecisions.ReportProgress(action, Owner, new ReportProgress(null, ""), Coordinator, Now)).Errors.ToDictionary().Keys.Order());
        var atRisk = Then(action, ActionDecisions.ReportProgress(action, Owner, new ReportProgress(ActionProgress.AtRisk, "Trainer off sick."), Coordinator, Now));
        Assert.Equal(ActionStatus.AtRisk, atRisk.Status);
    }

    [Fact]
    public void An_action_due_before_Christmas_goes_overdue_only_on_the_next_working_day_and_once()
    {
        var action = Recorded(new DateOnly(2026, 12, 24));
        var calendar = WorkingDayCalendar.EnglandAndWales;

        Assert.Empty(ActionDecisions.Overdue(action, calendar, new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero)));
        var overdue = Assert.Single(ActionDecisions.Overdue(action, calendar, new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero)));
        var flagged = action.Apply(overdue);

        Assert.Equal((ActionStatus.Overdue, new DateOnly(2026, 12, 29)), (flagged.Status, overdue.LateFrom));
        Assert.Empty(ActionDecisions.Overdue(flagged, calendar, new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_action_is_closed_only_once_completed_and_with_evidence_of_impact()
    {
        var action = Recorded(new DateOnly(2027, 1, 29));
        Assert.IsType<Decision.NotAllowed>(ActionDecisions.Close(action, new CloseAction("Re-audit shows change."), Coordinator, Now));
        var completed = Then(action, ActionDecisions.ReportProgress(action, Owner, new ReportProgress(ActionProgress.Completed, "All staff trained."), Coordinator, Now));

        Assert.Equal(["evidenceOfImpact"], Assert.IsType<Decision.Invalid>(ActionDecisions.Close(completed, new CloseAction(" "), Coordinator, Now)).Errors.ToDictionary().Keys);
        var closed = Then(completed, ActionDecisions.Close(completed, new CloseAction("Dip sample: 9 of 10 plans now name the risk."), Coordinator, Now));
        Assert.Equal(ActionStatus.Closed, closed.Status);
        Assert.IsType<Decision.NotAllowed>(ActionDecisions.ReportProgress(closed, Owner, new ReportProgress(ActionProgress.OnTrack, "More"), Coordinator, Now));
    }
}
