using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Identity.Tokens;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// A password link goes to its person by e-mail, through the Notifications service, and is never shown to anyone else
/// (not even the coordinator who issued it). Identity asks with its own service token; the request id makes a retried
/// call send one e-mail.
/// </summary>
public sealed class PasswordLinkMail(IHttpClientFactory clients, ServiceTokens tokens, IConfiguration configuration, TimeProvider clock)
{
    public const string Service = "notifications";

    private sealed record SendPasswordLink(Guid RequestId, Guid OrganisationId, string Name, string Email, string Link, DateTimeOffset Until, bool NewAccount);

    private sealed record PasswordLinkQueued(Guid NotificationId);

    /// <summary>The notification that carries the link; or, when Notifications cannot take it now, a 503 to answer with.</summary>
    public async Task<(Guid? NotificationId, ProblemHttpResult? Unavailable)> SendAsync(
        StaffUser user, string token, bool newAccount, CancellationToken cancellationToken)
    {
        var link = IdentityAddresses.SetPasswordLink(new Uri(configuration["Identity:Issuer"] ?? "http://identity/"), user.Id, token);
        var body = new SendPasswordLink(Guid.NewGuid(), user.OrganisationId, user.DisplayName, user.Email!, link, clock.GetUtcNow() + StaffAccess.PasswordLinkLifetime, newAccount);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{Service}/api/notifications/password-links")) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.ForPartnership(user.PartnershipId));
            using var response = await clients.CreateClient(Service).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<PasswordLinkQueued>(cancellationToken) is { } queued)
            {
                return (queued.NotificationId, null);
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, or cut off by the resilience pipeline (whose exceptions vary): the answer below says so.
        }

        return (null, TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The password link cannot be e-mailed now.",
            detail: "Nothing was changed; try again shortly."));
    }
}
