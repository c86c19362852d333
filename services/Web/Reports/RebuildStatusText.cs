using System.Text.RegularExpressions;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Api.Reporting;

/// <summary>The Reporting API's rebuild status, in words for the page and for the progress script alike.</summary>
public partial record RebuildStatus
{
    public string Text =>
        Running ? $"Rebuilding {Readable(Current)}: {Percent:0}% done, {EventsPerSecond:0} events a second."
        : Error is { } error ? $"The last rebuild stopped: {error}"
        : FinishedAt is { } finished ? $"The last rebuild finished on {Dates.Written(DateOnly.FromDateTime(finished.UtcDateTime))} at {finished.UtcDateTime:HH:mm} UTC."
        : "No rebuild has run since the service started.";

    /// <summary>"ActionStatusProjection" reads as "action status".</summary>
    private static string Readable(string? readModel) =>
        readModel is null ? "the reports" : Regex.Replace(readModel.Replace("Projection", "", StringComparison.Ordinal), "(?<!^)([A-Z])", " $1").ToLowerInvariant();
}
