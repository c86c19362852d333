using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// Every date a request carries falls in the years the platform plans in (1 January 2000 to 31 December 2100, as its
/// programme and cycle years do): 0001-01-01 and 9999-12-31 are typing slips or probes, never a date anyone means.
/// FieldRules gives every date field this rule unless it declares a window of its own; a decision narrows it where a
/// field's meaning asks (a closure day, a deadline after today).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateWindowAttribute : ValidationAttribute
{
    public static readonly DateOnly PlatformEarliest = new(2000, 1, 1);
    public static readonly DateOnly PlatformLatest = new(2100, 12, 31);

    /// <summary>The window every date field has when it declares none.</summary>
    public static readonly DateWindowAttribute Platform = new();

    public DateOnly Earliest { get; init; } = PlatformEarliest;

    public DateOnly Latest { get; init; } = PlatformLatest;

    public override bool IsValid(object? value) => value switch
    {
        DateOnly day => day >= Earliest && day <= Latest,
        DateTimeOffset at => DateOnly.FromDateTime(at.UtcDateTime) is var day && day >= Earliest && day <= Latest,
        _ => true,
    };

    public string Message(string name) => $"{name} must be between {Words(Earliest)} and {Words(Latest)}.";

    public static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateOnly) || t == typeof(DateTimeOffset));

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
