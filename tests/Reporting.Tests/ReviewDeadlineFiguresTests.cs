using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// A review's statutory deadline is missed the day after it passes, wherever it is counted, whether or not Learning's
/// periodic check has flagged it yet (issue 23: the overview said "0 missed" until the hourly check ran).
/// </summary>
[Collection(nameof(ReportingServiceCollection))]
public class ReviewDeadlineFiguresTests(ReportingService service)
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    [Fact]
    public async Task A_panel_notification_not_made_in_time_counts_as_missed_before_any_check_has_flagged_it()
    {
        var partnership = TestTokens.NewPartnership();
        var clock = new ProducerClock(DateTimeOffset.UtcNow);
        var learning = new LearningProducer(partnership, new HashSet<Guid>(), clock);
        learning.RecordSeriousIncident("SI-2026-31", "Neglect", clock.Today.AddDays(-20));
        learning.RecordSeriousIncident("SI-2026-32", "Exploitation", clock.Today);

        await service.Host.PublishAsync(learning.Sent);

        Assert.DoesNotContain(learning.Sent, m => m is Contracts.Learning.ReviewDeadlineAtRisk);
        var overview = await Eventually.Get(
            async () => await (await service.Host.ClientFor(partnership, Roles.BoardReader).GetAsync("/api/reports/overview")).ReadAsync<PartnershipOverview>(),
            o => o.Reviews.Reviews == 2 && o.Reviews.DeadlinesMissed > 0);
        Assert.Equal(new ReviewFigures(Reviews: 2, Decided: 0, DeadlinesMissed: 1, DeadlinesAtRisk: 0), overview.Reviews);
    }

    [Theory]
    [InlineData("2027-03-10", null, false)]
    [InlineData("2027-03-09", null, true)]
    [InlineData("2027-03-01", "2027-03-01", false)]
    [InlineData("2027-03-01", "2027-03-02", true)]
    public void A_deadline_is_missed_once_its_day_is_over_without_its_step_and_for_good_when_the_step_came_late(string due, string? metOn, bool missed)
    {
        var deadline = new ReviewDeadlineRow(StatutoryDeadline.RapidReview, DateOnly.Parse(due), metOn is null ? null : DateOnly.Parse(metOn));

        Assert.Equal(missed, deadline.MissedOn(Today));
    }

    [Fact]
    public void A_deadline_flagged_at_risk_is_no_longer_at_risk_once_met_or_missed()
    {
        var review = new ReviewRow { FlaggedAtRisk = [StatutoryDeadline.PanelNotification, StatutoryDeadline.RapidReview, StatutoryDeadline.FinalReport] }
            .WithDeadline(StatutoryDeadline.PanelNotification, d => d with { Due = Today.AddDays(2), MetOn = Today })
            .WithDeadline(StatutoryDeadline.RapidReview, d => d with { Due = Today.AddDays(-1) })
            .WithDeadline(StatutoryDeadline.FinalReport, d => d with { Due = Today.AddDays(1) });

        Assert.Equal([StatutoryDeadline.RapidReview], review.MissedOn(Today));
        Assert.Equal([StatutoryDeadline.FinalReport], review.AtRiskOn(Today));
    }
}
