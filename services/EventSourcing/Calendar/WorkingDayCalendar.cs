using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PublicHoliday;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.EventSourcing.Calendar;

/// <summary>A statutory deadline and the rule that produced it, so nobody has to take a date on trust.</summary>
public sealed record Deadline(DateOnly Due, [NotPersonal("The statutory rule the date comes from.")] string Rule);

/// <summary>A day the partnership's business unit is closed beyond the bank holidays (a council closure day).</summary>
public sealed record ClosureDay(
    [Required] DateOnly Date,
    [NotPersonal("Why the partnership is closed that day.")][Required, StringLength(200)] string Reason);

/// <summary>
/// England and Wales working days: weekends and bank holidays (substitute days included, from the maintained
/// PublicHoliday library) are not working days, and neither are the partnership's own closure days.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlyCollection<ClosureDay> closures)
{
    // England's bank holidays are also Wales's; the library names the list after England.
    private static readonly UKBankHoliday BankHolidays = new(UKBankHoliday.UkCountries.England);

    private static readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> HolidaysByYear = new();

    public static readonly WorkingDayCalendar EnglandAndWales = new([]);

    private static IReadOnlyDictionary<DateOnly, string> HolidaysIn(int year) =>
        HolidaysByYear.GetOrAdd(year, y => BankHolidays.PublicHolidayNames(y).ToDictionary(h => DateOnly.FromDateTime(h.Key), h => h.Value));

    public string? NonWorkingReason(DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? day.DayOfWeek.ToString()
        : HolidaysIn(day.Year).TryGetValue(day, out var name) ? $"{name} bank holiday"
        : closures.FirstOrDefault(c => c.Date == day)?.Reason is { } reason ? $"closure day: {reason}"
        : null;

    public bool IsWorkingDay(DateOnly day) => NonWorkingReason(day) is null;

    /// <summary>The working day that is <paramref name="workingDays"/> working days after <paramref name="from"/> (the day after is day one).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>A deadline <paramref name="workingDays"/> working days after an event, with the days it skipped that were not weekends.</summary>
    public Deadline Due(DateOnly from, int workingDays, string what)
    {
        var due = AddWorkingDays(from, workingDays);
        var skipped = Enumerable.Range(1, due.DayNumber - from.DayNumber)
            .Select(from.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsWorkingDay(d))
            .Select(d => $"{d.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)} ({NonWorkingReason(d)})")
            .ToList();
        var rule = $"{what}: {workingDays} working days after {from.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, England and Wales, weekends excluded"
            + (skipped.Count > 0 ? $"; also skipped {string.Join(", ", skipped)}" : "");
        return new Deadline(due, rule);
    }

    /// <summary>The first day an action due on <paramref name="due"/> is late: the next working day after it.</summary>
    public DateOnly LateFrom(DateOnly due) => AddWorkingDays(due, 1);
}
