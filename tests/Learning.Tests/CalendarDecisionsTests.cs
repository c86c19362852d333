using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Calendar;

namespace Safeguarding.Learning.Tests;

public class CalendarDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static IDictionary<string, string[]> Refused(params (string Date, string Reason)[] closures) =>
        Assert.IsType<Decision.Invalid>(Set(closures)).Errors.ToDictionary();

    private static Decision Set(params (string Date, string Reason)[] closures) =>
        CalendarDecisions.SetClosures(
            Guid.NewGuid(), new SetClosureDays([.. closures.Select(c => new ClosureDay(DateOnly.Parse(c.Date, System.Globalization.CultureInfo.InvariantCulture), c.Reason))]),
            new Actor("lead", null), Now);

    [Fact]
    public void A_weekend_or_a_bank_holiday_is_refused_as_a_closure_day_saying_why()
    {
        var errors = Refused(("2026-12-07", "Away day"), ("2026-12-13", "Sunday"), ("2026-12-25", "Christmas"));

        Assert.Equal(["closures[1].date", "closures[2].date"], errors.Keys.Order());
        Assert.Contains("Sunday 13 December 2026 is not a working day anyway (Sunday)", errors["closures[1].date"].Single(), StringComparison.Ordinal);
        Assert.Contains("Christmas bank holiday", errors["closures[2].date"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_outside_the_years_deadlines_use_is_refused()
    {
        var errors = Refused(("0001-01-01", "Never"), ("9999-12-31", "Never"), ("2024-12-31", "Too long ago"), ("2032-01-05", "Too far ahead"));

        Assert.Equal(["closures[0].date", "closures[1].date", "closures[2].date", "closures[3].date"], errors.Keys.Order());
        Assert.Equal("closures[0].date must be between 1 January 2000 and 31 December 2100.", errors["closures[0].date"].Single());
        Assert.Equal("closures[1].date must be between 1 January 2000 and 31 December 2100.", errors["closures[1].date"].Single());
        Assert.Equal("A closure day falls between 1 January 2025 and 31 December 2031.", errors["closures[2].date"].Single());
        Assert.Equal("A closure day falls between 1 January 2025 and 31 December 2031.", errors["closures[3].date"].Single());
        Assert.IsType<Decision.Accepted>(Set(("2025-01-02", "First working day"), ("2031-12-31", "Last")));
    }
}
