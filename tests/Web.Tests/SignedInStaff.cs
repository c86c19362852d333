using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.Tests;

/// <summary>
/// A member of staff already signed in, holding every role, so every part of every page is drawn. It stands where the
/// sign-in at the Identity service would (the web journeys in EndToEnd.Tests sign in for real); the token it carries
/// is for <see cref="NewerApi"/>, which reads none.
/// </summary>
public sealed class SignedInStaff(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "signed-in-staff";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        Claim[] claims =
        [
            new("name", "Odd Data"),
            new(PartnershipClaims.Partnership, "st-helens"),
            new(PartnershipClaims.Organisation, OddData.Id.ToString()),
            .. Roles.All.Append(Roles.Operator).Select(role => new Claim(PartnershipClaims.Role, role)),
        ];
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = "for-the-newer-api" }]);
        var person = new ClaimsPrincipal(new ClaimsIdentity(claims, Name, "name", PartnershipClaims.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(person, properties, Name)));
    }
}
