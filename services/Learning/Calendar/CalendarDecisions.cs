using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Calendar;

public static class CalendarDecisions
{
    /// <summary>The list replaces the last one, in date order; a date listed twice is refused where it repeats.</summary>
    public static Decision SetClosures(Guid calendarId, SetClosureDays command, Actor by, DateTimeOffset now)
    {
        var closures = command.Closures ?? [];
        var errors = new ValidationErrors().Check(command);
        foreach (var i in closures.RepeatedAt(c => c.Date))
        {
            errors.Add($"closures[{i}].date", "Listed twice.");
        }

        return Decision.From(errors, () => Decision.Accept(new ClosureDaysSet(
            calendarId, [.. closures.OrderBy(c => c.Date).Select(c => c with { Reason = c.Reason.Trim() })], by, now)));
    }
}
