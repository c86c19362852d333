using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Reporting.Dashboards;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// An action is overdue from the first working day after its due date, in every figure Reporting shows, whether or not
/// Learning's hourly check has published it yet (issue 23: deadlines overdue the moment they pass, at read time).
/// </summary>
[Collection(nameof(ReportingServiceCollection))]
public class ActionOverdueFiguresTests(ReportingService service)
{
    private static readonly DateOnly ChristmasEve = new(2027, 12, 24);

    [Fact]
    public async Task An_action_past_its_due_date_counts_as_overdue_before_any_check_has_said_so()
    {
        var partnership = TestTokens.NewPartnership();
        var clock = new ProducerClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var programme = new ProgrammeProducer(partnership, clock);
        var owner = programme.Register("Cafcass", OrganisationKind.RelevantAgency);
        var learning = new LearningProducer(partnership, new HashSet<Guid> { owner }, clock);
        var late = learning.RecordAction("Audit every strategy discussion's minutes.", owner, new DateOnly(2026, 2, 26));
        learning.RecordAction("Train every team on neglect.", owner, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));

        await service.Host.PublishAsync([.. programme.Sent, .. learning.Sent]);

        Assert.DoesNotContain(learning.Sent, m => m is Contracts.Learning.ActionOverdue);
        var reader = service.Host.ClientFor(partnership, Roles.BoardReader);
        var overview = await Eventually.Get(
            async () => await (await reader.GetAsync("/api/reports/overview")).ReadAsync<PartnershipOverview>(), o => o.Actions.Total == 2 && o.Organisations == 1);
        var overdue = await (await reader.GetAsync("/api/reports/actions/overdue")).ReadAsync<List<OverdueAction>>();
        Assert.Equal(1, overview.Actions.Overdue);
        Assert.Equal([new StatusCount(ActionStatus.NotStarted, 1), new StatusCount(ActionStatus.Overdue, 1)], overview.Actions.ByStatus);
        Assert.Equal([(late, "Cafcass")], overdue.Select(a => (a.ActionId, a.Owner)));
    }

    [Theory]
    [InlineData("2028-01-03", false)]
    [InlineData("2028-01-04", true)]
    public void Bank_holidays_and_the_partnerships_closure_days_pass_before_an_action_is_late(string today, bool overdue)
    {
        // Christmas and Boxing Day 2027 fall on the weekend (substituted to the 27th and 28th), the partnership closes
        // from the 29th to the 31st, and New Year's Day is substituted to Monday 3 January 2028.
        var calendar = new WorkingDayCalendar([.. new[] { 29, 30, 31 }.Select(day => new ClosureDay(new DateOnly(2027, 12, day), "Closed"))]);
        var action = new ActionRow { DueDate = ChristmasEve, Progress = ActionProgress.OnTrack };

        Assert.Equal(overdue ? ActionStatus.Overdue : ActionStatus.OnTrack, action.AsOf(DateOnly.Parse(today), calendar).Status);
    }

    [Fact]
    public void A_finished_action_is_never_overdue_and_without_closure_days_Christmas_Eves_action_is_late_on_the_29th()
    {
        var late = new DateOnly(2027, 12, 29);
        var action = new ActionRow { DueDate = ChristmasEve };

        Assert.Equal(ActionStatus.Overdue, action.AsOf(late, WorkingDayCalendar.EnglandAndWales).Status);
        Assert.Equal(ActionStatus.Completed, (action with { Progress = ActionProgress.Completed }).AsOf(late, WorkingDayCalendar.EnglandAndWales).Status);
        Assert.Equal(ActionStatus.Closed, (action with { Closed = true }).AsOf(late, WorkingDayCalendar.EnglandAndWales).Status);
    }
}
