using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Notifications.Returns;

/// <summary>When late returns are chased: at the start of the working day, in UK time, so a reminder arrives as work begins.</summary>
public static class LateReturns
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly TimeOnly StartOfDay = new(9, 0);

    /// <summary>The first working day after the due date.</summary>
    public static DateTimeOffset RemindAt(DateOnly due, WorkingDayCalendar calendar) => Morning(calendar.AddWorkingDays(due, 1));

    /// <summary><paramref name="workingDays"/> working days after the reminder's day.</summary>
    public static DateTimeOffset EscalateAt(DateOnly due, int workingDays, WorkingDayCalendar calendar) => Morning(calendar.AddWorkingDays(due, 1 + workingDays));

    private static DateTimeOffset Morning(DateOnly day)
    {
        var local = day.ToDateTime(StartOfDay);
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local));
    }
}
