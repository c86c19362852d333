using System.Security.Claims;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Clients;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// Issues access tokens. OpenIddict has already checked the client and its secret; this says who the token speaks for:
/// the client, its partnership, its organisation and its roles, for the Safeguarding API.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, Exchange).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Exchange(HttpContext http, IOpenIddictApplicationManager applications, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request could not be read.");
        if (!request.IsClientCredentialsGrantType()
            || await applications.FindByClientIdAsync(request.ClientId!, cancellationToken) is not { } application
            || await ClientEndpoints.ClientOfAsync(applications, application, cancellationToken) is not { } client)
        {
            return Results.Forbid(
                authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme],
                properties: new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnauthorizedClient,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Only registered partner-system clients obtain tokens, by client credentials.",
                }));
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, PartnershipClaims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.Name)
            .SetClaim(PartnershipClaims.Partnership, client.PartnershipId)
            .SetClaim(PartnershipClaims.Organisation, client.OrganisationId.ToString());
        identity.SetClaims(PartnershipClaims.Role, [.. client.Roles]);
        identity.SetResources(configuration["Auth:Audience"] ?? "safeguarding-api");
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
