using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// A password link goes to its person by e-mail, through the Notifications service, and is never shown to anyone else
/// (not even the coordinator who issued it). Identity asks with a token of its own; the request id makes a retried call
/// send one e-mail.
/// </summary>
public sealed class PasswordLinkMail(
    IHttpClientFactory clients, IOptionsMonitor<OpenIddictServerOptions> server, AuthOptions auth, IConfiguration configuration, TimeProvider clock)
{
    public const string Service = "notifications";

    /// <summary>How long Identity's own token for one request lasts.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(2);

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
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IdentitysOwnToken(user.PartnershipId));
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

    /// <summary>
    /// Signed with the keys every service already trusts, for one partnership, with a role no person or partner system
    /// can hold (<see cref="Roles.IdentityService"/>), for two minutes.
    /// </summary>
    private string IdentitysOwnToken(string partnershipId)
    {
        var own = server.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = own.Issuer?.AbsoluteUri,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + TokenLifetime,
            SigningCredentials = own.SigningCredentials.First(),
            Claims = new Dictionary<string, object>
            {
                [PartnershipClaims.Subject] = "safeguarding-identity",
                ["name"] = "Identity service",
                [PartnershipClaims.Partnership] = partnershipId,
                [PartnershipClaims.Role] = Roles.IdentityService,
            },
        });
    }
}
