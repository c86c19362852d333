using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Safeguarding.ServiceDefaults.Problems;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a missing body) into a 400
/// validation problem that names the offending field, instead of an empty 400.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, message) = badRequest.InnerException switch
        {
            JsonException json => (FieldName(json.Path), "The value is not valid here: check its type and format."),
            _ => (ParameterName(badRequest.Message), badRequest.Message),
        };

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
            },
            Exception = exception,
        });
    }

    /// <summary>"Failed to bind parameter "Nullable&lt;Guid&gt; owner" from "x"." names the query or route value "owner".</summary>
    private static string ParameterName(string message)
    {
        if (message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return "body";
        }

        var match = ParameterPattern().Match(message);
        return match.Success ? match.Groups["name"].Value : "request";
    }

    [GeneratedRegex("parameter \"[^\"]*?(?<name>\\w+)\"")]
    private static partial Regex ParameterPattern();

    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
