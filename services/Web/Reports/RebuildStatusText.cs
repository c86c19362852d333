using System.Text.RegularExpressions;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Api.Reporting;

/// <summary>A rebuild as the partnership follows it, in words for the page and for the progress script alike.</summary>
public partial record PartnershipRebuildStatus
{
    public string Text =>
        Running ? $"Rebuilding {Readable(Current)}: {Percent:0}% done."
        : Failed ? "The last rebuild stopped before the end. It can be run again."
        : FinishedAt is { } finished ? $"The last rebuild finished on {Dates.Written(DateOnly.FromDateTime(finished.UtcDateTime))} at {finished.UtcDateTime:HH:mm} UTC."
        : "No rebuild has run since the service started.";

    /// <summary>Whether the figures count everything the partnership has recorded.</summary>
    public string Behind => EventsBehind switch
    {
        0 => "The figures count everything the partnership has recorded.",
        1 => "1 recent record is not in the figures yet.",
        var n => $"{n} recent records are not in the figures yet.",
    };

    /// <summary>"ActionStatusProjection" reads as "action status".</summary>
    private static string Readable(string? readModel) =>
        readModel is null ? "the reports" : Regex.Replace(readModel.Replace("Projection", "", StringComparison.Ordinal), "(?<!^)([A-Z])", " $1").ToLowerInvariant();
}
