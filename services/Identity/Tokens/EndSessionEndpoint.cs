using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Staff;

namespace Safeguarding.Identity.Tokens;

/// <summary>Signing out ends the session here too, so the next sign-in asks for the password again.</summary>
public static class EndSessionEndpoint
{
    public const string Path = IdentityAddresses.EndSession;

    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(StaffAccess.SessionScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
