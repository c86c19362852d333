using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Notifications.Concerns;

public static class ConcernEscalation
{
    /// <summary>
    /// When an unacknowledged concern is escalated: the same time of day, <paramref name="workingDays"/> of the
    /// partnership's working days (bank holidays and its closure days skipped) after it was raised, in UK time. Raised on
    /// a Friday afternoon, it waits until Monday afternoon.
    /// </summary>
    public static DateTimeOffset Due(DateTimeOffset raisedAt, int workingDays, WorkingDayCalendar calendar)
    {
        var raised = UkTime.Local(raisedAt);
        return UkTime.At(calendar.AddWorkingDays(DateOnly.FromDateTime(raised), workingDays), TimeOnly.FromDateTime(raised));
    }

    public static string Words(int workingDays) => workingDays == 1 ? "1 working day" : $"{workingDays} working days";
}
