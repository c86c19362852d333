using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>Where a date's window starts or ends: the platform's own years, or a day counted from today.</summary>
public enum DateBound
{
    Platform,
    Today,
    YearsBeforeToday,
    YearsAfterToday,
}

/// <summary>
/// The days a date field may take, by what it means: every date falls in the years the platform plans in (1 January
/// 2000 to 31 December 2100, as its programme and cycle years do: 0001-01-01 and 9999-12-31 are typing slips or
/// probes), a date something is due from today on, a date something happened up to today, and a date that follows
/// another of the same request not before it. FieldRules checks the window and the OpenAPI document states it in the
/// same words (FieldRuleSchemas); a window that also depends on a stored record says so in <see cref="Because"/>, and
/// its decision checks that part.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateWindowAttribute : ValidationAttribute
{
    public static readonly DateOnly PlatformEarliest = new(2000, 1, 1);
    public static readonly DateOnly PlatformLatest = new(2100, 12, 31);

    /// <summary>The window every date field has when it declares none.</summary>
    public static readonly DateWindowAttribute Platform = new();

    public DateBound From { get; init; }

    public DateBound To { get; init; }

    /// <summary>How many years a bound counted in years lies from today.</summary>
    public int Years { get; init; } = 1;

    /// <summary>Another date of the same request (its property's name) this one may not come before.</summary>
    public string? NotBefore { get; init; }

    /// <summary>Why the window is what it is, as the 400 and the document both say it.</summary>
    public string? Because { get; init; }

    /// <summary>The window moves with the day: its checker must be told which day it is.</summary>
    public bool CountsFromToday => From != DateBound.Platform || To != DateBound.Platform;

    /// <summary>The first and last day the window holds on <paramref name="today"/>.</summary>
    public (DateOnly Earliest, DateOnly Latest) On(DateOnly? today) =>
        CountsFromToday && today is null
            ? throw new InvalidOperationException("This date's window counts from today: check the request with today's date.")
            : (Max(Day(From, today, PlatformEarliest), PlatformEarliest), Min(Day(To, today, PlatformLatest), PlatformLatest));

    public bool Holds(object? value, DateOnly? today) => DayOf(value) is not { } day || (On(today) is var (earliest, latest) && day >= earliest && day <= latest);

    public override bool IsValid(object? value) => Holds(value, null);

    public string Message(string name) => $"{name} must be between {Words(From, PlatformEarliest)} and {Words(To, PlatformLatest)}{Reason}.";

    public string OrderMessage(string name) => $"{name} must not be before {JsonName(NotBefore!)}{Reason}.";

    /// <summary>The window as the OpenAPI document states it.</summary>
    public string Rule =>
        $"From {Written(From, PlatformEarliest)} to {Written(To, PlatformLatest)}{(NotBefore is null ? "" : $", not before {JsonName(NotBefore)}")}{Reason}.";

    public static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateOnly) || t == typeof(DateTimeOffset));

    public static DateOnly? DayOf(object? value) => value switch
    {
        DateOnly day => day,
        DateTimeOffset at => DateOnly.FromDateTime(at.UtcDateTime),
        _ => null,
    };

    private string Reason => Because is null ? "" : $": {Because}";

    private DateOnly Day(DateBound bound, DateOnly? today, DateOnly platform) => bound switch
    {
        DateBound.Today => today!.Value,
        DateBound.YearsBeforeToday => today!.Value.AddYears(-Years),
        DateBound.YearsAfterToday => today!.Value.AddYears(Years),
        _ => platform,
    };

    private static DateOnly Max(DateOnly one, DateOnly other) => one > other ? one : other;

    private static DateOnly Min(DateOnly one, DateOnly other) => one < other ? one : other;

    private string Words(DateBound bound, DateOnly platform) => bound switch
    {
        DateBound.Today => "today",
        DateBound.YearsBeforeToday => $"{YearsWritten} before today",
        DateBound.YearsAfterToday => $"{YearsWritten} after today",
        _ => platform.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    private string YearsWritten => Years == 1 ? "a year" : $"{Years} years";

    private string Written(DateBound bound, DateOnly platform) =>
        bound == DateBound.Platform ? platform.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Words(bound, platform);

    private static string JsonName(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
