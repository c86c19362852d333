using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Staff;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// Issues access tokens. OpenIddict has already checked the client, its secret, the code and its PKCE verifier or the
/// refresh token; this says who the token speaks for, and refuses a member of staff who may no longer sign in.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = IdentityAddresses.Token;

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, Exchange).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Exchange(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<StaffUser> users, IConfiguration configuration, SessionLimits limits, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request could not be read.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has checked the secret; the operator's client is registered only where configuration names one.
            if (request.ClientId == OperatorClientRegistration.Options(configuration).ClientId)
            {
                return SignIn(TokenPrincipals.ForOperator(request.ClientId, TokenPrincipals.Audience(configuration)));
            }

            return await applications.FindByClientIdAsync(request.ClientId!, cancellationToken) is { } application
                && await ClientEndpoints.ClientOfAsync(applications, application, cancellationToken) is { } client
                ? SignIn(TokenPrincipals.ForClient(client, TokenPrincipals.Audience(configuration)))
                : Refuse(Errors.UnauthorizedClient, "Only registered partner-system clients obtain tokens by client credentials.");
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var now = clock.GetUtcNow();
            // A code starts a session (the person has just typed their password); a refresh continues one within its limits.
            var started = request.IsAuthorizationCodeGrantType() ? now : granted.Principal is { } refreshed ? limits.Continues(refreshed, now) : null;
            if (started is null)
            {
                return Refuse(Errors.InvalidGrant, "The session has ended: sign in again.");
            }

            return granted.Principal?.GetClaim(Claims.Subject) is { } subject
                && await users.FindByIdAsync(subject) is { } user
                && await StaffAccess.MaySignInAsync(users, user)
                && granted.Principal.GetClaim(StaffAccess.StampClaim) == await users.GetSecurityStampAsync(user)
                ? SignIn(limits.Mark(TokenPrincipals.ForStaff(user, granted.Principal.GetScopes(), TokenPrincipals.Audience(configuration)), started.Value, now))
                : Refuse(Errors.InvalidGrant, "This account can no longer sign in.");
        }

        return Refuse(Errors.UnsupportedGrantType, "Use client credentials, an authorization code or a refresh token.");
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    internal static IResult Refuse(string error, string description) =>
        Results.Forbid(
            authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme],
            properties: new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }));
}
