using System.Globalization;

namespace Safeguarding.Web.Staff;

/// <summary>Dates the GOV.UK way: "27 November 2026".</summary>
public static class Dates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Written(DateOnly date) => date.ToString("d MMMM yyyy", British);
}
