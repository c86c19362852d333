using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Staff;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// The authorization code flow's first leg. OpenIddict has already checked the client, its redirect URI and the PKCE
/// challenge; a member of staff without a live session is sent to sign in and comes back here.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string Path = IdentityAddresses.Authorize;

    public static IEndpointRouteBuilder MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Authorize).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Authorize(HttpContext http, UserManager<StaffUser> users, IConfiguration configuration)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request could not be read.");
        var session = await http.AuthenticateAsync(StaffAccess.SessionScheme);
        if (session.Principal is not null && await users.GetUserAsync(session.Principal) is { } user && await StaffAccess.MaySignInAsync(users, user))
        {
            return Results.SignIn(TokenPrincipals.ForStaff(user, request.GetScopes(), TokenPrincipals.Audience(configuration)), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return request.HasPromptValue(PromptValues.None)
            ? TokenEndpoint.Refuse(Errors.LoginRequired, "The user is not signed in.")
            : Results.Redirect($"{IdentityAddresses.SignIn}?returnUrl={Uri.EscapeDataString(Path + http.Request.QueryString)}");
    }
}
