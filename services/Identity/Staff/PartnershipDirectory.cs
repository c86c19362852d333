using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// Whether an organisation is in the caller's partnership's directory, asked of Programme (which keeps the directory)
/// with the caller's own token: the answer follows the directory's own rule, and Identity keeps no copy to go stale.
/// A person or partner system is registered only for an organisation the partnership has in its directory.
/// </summary>
public sealed class PartnershipDirectory(IHttpClientFactory clients)
{
    public const string Service = "programme";

    /// <summary>Adds the field error, or answers 503 when the directory cannot be asked; null when the organisation is known.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(ValidationErrors errors, Guid organisationId, HttpRequest caller, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{Service}/api/organisations/{organisationId}"));
            request.Headers.Authorization = AuthenticationHeaderValue.TryParse(caller.Headers.Authorization.ToString(), out var token) ? token : null;
            using var response = await clients.CreateClient(Service).SendAsync(request, cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return null;
                case HttpStatusCode.NotFound:
                    errors.Add("organisationId", "This organisation is not in your partnership's directory: register it, or ask to join it, first.");
                    return null;
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, or cut off by the resilience pipeline (whose exceptions vary): the answer below says so.
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The partnership directory cannot be checked now.", detail: "Nothing was registered; try again shortly.");
    }
}
