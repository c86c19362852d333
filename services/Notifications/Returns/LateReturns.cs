using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Notifications.Returns;

/// <summary>When late returns are chased: at the start of the working day, in UK time, so a reminder arrives as work begins.</summary>
public static class LateReturns
{
    private static readonly TimeOnly StartOfDay = new(9, 0);

    /// <summary>The first working day after the due date.</summary>
    public static DateTimeOffset RemindAt(DateOnly due, WorkingDayCalendar calendar) => UkTime.At(calendar.AddWorkingDays(due, 1), StartOfDay);

    /// <summary><paramref name="workingDays"/> working days after the reminder's day.</summary>
    public static DateTimeOffset EscalateAt(DateOnly due, int workingDays, WorkingDayCalendar calendar) =>
        UkTime.At(calendar.AddWorkingDays(due, 1 + workingDays), StartOfDay);
}
