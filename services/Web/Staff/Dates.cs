namespace Safeguarding.Web.Staff;

/// <summary>
/// Dates the GOV.UK way: "27 November 2026". Written out here because the services run in invariant globalization
/// mode, where no culture's month names are available.
/// </summary>
public static class Dates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The partnership's own time: a day a person picks starts at their midnight, not UTC's.</summary>
    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The day it is now in the UK, which is the day a person means by "today".</summary>
    public static DateOnly TodayInUk(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime);

    /// <summary>The moment a UK day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, UkTime.GetUtcOffset(midnight));
    }

    public static string Written(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
