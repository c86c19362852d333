using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Learning.Tests;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2026-12-25", "Christmas bank holiday")]
    [InlineData("2026-12-28", "Boxing Day bank holiday")] // Boxing Day 2026 is a Saturday: the substitute is Monday 28th.
    [InlineData("2027-12-27", "Christmas bank holiday")] // Christmas 2027 is a Saturday: substitute Monday 27th.
    [InlineData("2027-12-28", "Boxing Day bank holiday")]
    [InlineData("2026-04-03", "Good Friday bank holiday")]
    [InlineData("2026-04-06", "Easter Monday bank holiday")]
    [InlineData("2027-03-26", "Good Friday bank holiday")]
    [InlineData("2027-03-29", "Easter Monday bank holiday")]
    [InlineData("2027-01-01", "New Year bank holiday")]
    public void Bank_holidays_of_2026_and_2027_including_substitute_days_are_not_working_days(string day, string reason)
    {
        Assert.Equal(reason, Calendar.NonWorkingReason(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-12-24")]
    [InlineData("2026-12-29")]
    [InlineData("2027-03-25")]
    [InlineData("2027-03-30")]
    [InlineData("2027-12-29")]
    public void The_days_around_them_are_working_days(string day) =>
        Assert.True(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_review_notified_on_the_Friday_before_Christmas_2026_has_its_rapid_review_due_on_13_January_2027()
    {
        var due = Calendar.Due(new DateOnly(2026, 12, 18), 15, "Rapid Review");

        Assert.Equal(new DateOnly(2027, 1, 13), due.Due);
        Assert.Contains("Fri 25 Dec 2026 (Christmas bank holiday)", due.Rule);
        Assert.Contains("Mon 28 Dec 2026 (Boxing Day bank holiday)", due.Rule);
        Assert.Contains("Fri 1 Jan 2027 (New Year bank holiday)", due.Rule);
    }

    [Fact]
    public void Easter_2027_moves_a_five_day_deadline_by_two_days()
    {
        // Aware on Wednesday 24 March 2027: Thu 25, Tue 30, Wed 31, Thu 1, Fri 2 April.
        Assert.Equal(new DateOnly(2027, 4, 2), Calendar.AddWorkingDays(new DateOnly(2027, 3, 24), 5));
    }

    [Fact]
    public void A_partnership_closure_day_is_not_a_working_day_either()
    {
        var withClosure = new WorkingDayCalendar([new ClosureDay(new DateOnly(2026, 12, 24), "Council closure")]);

        Assert.Equal(new DateOnly(2026, 12, 29), withClosure.AddWorkingDays(new DateOnly(2026, 12, 23), 1));
        Assert.Equal("closure day: Council closure", withClosure.NonWorkingReason(new DateOnly(2026, 12, 24)));
        Assert.Equal(new DateOnly(2026, 12, 29), withClosure.LateFrom(new DateOnly(2026, 12, 23)));
    }
}
