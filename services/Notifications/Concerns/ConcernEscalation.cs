using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Notifications.Concerns;

public static class ConcernEscalation
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>
    /// When an unacknowledged concern is escalated: the same time of day, <paramref name="workingDays"/> of the
    /// partnership's working days (bank holidays and its closure days skipped) after it was raised, in UK time. Raised on
    /// a Friday afternoon, it waits until Monday afternoon.
    /// </summary>
    public static DateTimeOffset Due(DateTimeOffset raisedAt, int workingDays, WorkingDayCalendar calendar)
    {
        var raised = TimeZoneInfo.ConvertTime(raisedAt, UkTime);
        var day = calendar.AddWorkingDays(DateOnly.FromDateTime(raised.DateTime), workingDays);
        var local = day.ToDateTime(TimeOnly.FromDateTime(raised.DateTime));
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local));
    }

    public static string Words(int workingDays) => workingDays == 1 ? "1 working day" : $"{workingDays} working days";
}
