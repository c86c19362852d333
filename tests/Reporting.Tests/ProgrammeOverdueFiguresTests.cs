using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// A programme item is overdue from the day after its quarter ends, in every figure Reporting shows, whether or not
/// Programme's hourly check has published it yet (issue 23: deadlines overdue the moment they pass, at read time).
/// </summary>
[Collection(nameof(ReportingServiceCollection))]
public class ProgrammeOverdueFiguresTests(ReportingService service)
{
    [Fact]
    public async Task Last_years_unfinished_items_count_as_overdue_before_any_check_has_said_so_and_next_years_do_not()
    {
        var partnership = TestTokens.NewPartnership();
        var (lastYear, nextYear) = (DateTime.UtcNow.Year - 1, DateTime.UtcNow.Year + 1);
        var programme = new ProgrammeProducer(partnership, new ProducerClock(new DateTimeOffset(lastYear, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        programme.CreateProgramme(lastYear);
        programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.ChildProtection);
        var withdrawn = programme.Schedule(ScheduledItemKind.ThematicAudit, 2, "Exploitation", CaseCategory.ChildInNeed);
        programme.Remove(withdrawn, "Covered by the regional audit.");
        programme.CreateProgramme(nextYear);
        programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Domestic abuse", CaseCategory.EarlyHelp);

        await service.Host.PublishAsync(programme.Sent);

        Assert.DoesNotContain(programme.Sent, m => m is Integration.ScheduledItemOverdue);
        var reader = service.Host.ClientFor(partnership, Roles.BoardReader);
        // Until the removal arrives the withdrawn item reads overdue too: wait for the figures themselves, failing
        // with the last ones read.
        Task FiguresAre(int year, ProgrammeFigures expected) =>
            Eventually.Get(
                async () => (await (await reader.GetAsync($"/api/reports/overview?year={year}")).ReadAsync<PartnershipOverview>()).Programme,
                figures => figures == expected);
        await FiguresAre(lastYear, new ProgrammeFigures(0, 0, 1, 0, 1));
        await FiguresAre(nextYear, new ProgrammeFigures(1, 0, 0, 0, 0));
    }

    [Fact]
    public void The_due_date_the_programme_said_last_wins_whatever_order_the_messages_arrive_in()
    {
        var programme = new ProgrammeProducer(TestTokens.NewPartnership(), new ProducerClock(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        programme.CreateProgramme(2027);
        var item = programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.ChildProtection);
        programme.Reschedule(item, 4);
        var dues = programme.Sent.OfType<Integration.ScheduledItemDue>().ToList();

        var inOrder = dues.Aggregate(new ProgrammeItemRow(), (row, e) => ProgrammeItemProjection.Apply(e, row));
        var reversed = dues.AsEnumerable().Reverse().Aggregate(new ProgrammeItemRow(), (row, e) => ProgrammeItemProjection.Apply(e, row));

        Assert.Equal([new DateOnly(2027, 3, 31), new DateOnly(2027, 12, 31)], dues.Select(d => d.Due));
        Assert.Equal(new DateOnly(2027, 12, 31), inOrder.Due);
        Assert.Equal(new DateOnly(2027, 12, 31), reversed.Due);
        Assert.Equal(ItemState.Scheduled, (inOrder with { Scheduled = true }).AsOf(new DateOnly(2027, 12, 31)).State);
        Assert.Equal(ItemState.Overdue, (inOrder with { Scheduled = true }).AsOf(new DateOnly(2028, 1, 1)).State);
    }
}
