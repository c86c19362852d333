namespace Safeguarding.Web.Staff;

/// <summary>
/// Dates the GOV.UK way: "27 November 2026". Written out here because the services run in invariant globalization
/// mode, where no culture's month names are available.
/// </summary>
public static class Dates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Written(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
