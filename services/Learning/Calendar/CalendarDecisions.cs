using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Calendar;

public static class CalendarDecisions
{
    /// <summary>Closure days reach back to the start of last year and forward five years: deadlines are counted no further.</summary>
    public const int YearsAhead = 5;

    /// <summary>
    /// The list replaces the last one, in date order. A date listed twice is refused where it repeats; so is a day that
    /// is not a working day anyway (a weekend or a bank holiday), saying which, and a day outside the years deadlines use.
    /// </summary>
    public static Decision SetClosures(Guid calendarId, SetClosureDays command, Actor by, DateTimeOffset now)
    {
        var closures = command.Closures ?? [];
        var errors = new ValidationErrors().Check(command);
        var repeated = closures.RepeatedAt(c => c.Date);
        foreach (var i in repeated)
        {
            errors.Add($"closures[{i}].date", "Listed twice.");
        }

        var (first, last) = (new DateOnly(now.Year - 1, 1, 1), new DateOnly(now.Year + YearsAhead, 12, 31));
        for (var i = 0; i < closures.Count; i++)
        {
            // A date outside the platform's years is refused by the field rules already.
            if (closures[i] is not { } closure || repeated.Contains(i) || !DateWindowAttribute.Platform.IsValid(closure.Date))
            {
                continue;
            }

            if (closure.Date < first || closure.Date > last)
            {
                errors.Add($"closures[{i}].date", $"A closure day falls between {Words(first)} and {Words(last)}.");
            }
            else if (WorkingDayCalendar.EnglandAndWales.NonWorkingReason(closure.Date) is { } reason)
            {
                errors.Add($"closures[{i}].date", $"{closure.Date.ToString("dddd", CultureInfo.InvariantCulture)} {Words(closure.Date)} is not a working day anyway ({reason}): a closure day is a working day the partnership is closed.");
            }
        }

        return Decision.From(errors, () => Decision.Accept(new ClosureDaysSet(
            calendarId, [.. closures.OrderBy(c => c.Date).Select(c => c with { Reason = c.Reason.Trim() })], by, now)));
    }

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
