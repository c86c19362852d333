using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// An event stream's version travels as a strong ETag ("3"); a write may send it back in If-Match
/// so it only applies to the version the caller read.
/// </summary>
public static class StreamVersions
{
    public static string ToETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers.ETag = ToETag(version);

    /// <summary>The version named in If-Match, null when absent; false when present but not a version.</summary>
    public static bool TryGetExpectedVersion(this HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0)
        {
            return true;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        if (long.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        return false;
    }

    public static ValidationProblem InvalidIfMatch() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [HeaderNames.IfMatch] = ["If-Match must be the ETag of the record as last read, e.g. \"3\"."],
        });

    public static ProblemHttpResult PreconditionFailed(long currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The record has changed since you read it.",
            detail: $"If-Match does not name the current version ({ToETag(currentVersion)}). Nothing was saved: read it again and retry.");
}
