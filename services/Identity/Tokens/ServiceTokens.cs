using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// Identity's own access tokens, for what only it may ask of another service (e-mail a person their password link):
/// signed with the keys every service already trusts, for one partnership, with a role no person or partner system can
/// hold, and good for two minutes.
/// </summary>
public sealed class ServiceTokens(IOptionsMonitor<OpenIddictServerOptions> server, IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public string ForPartnership(string partnershipId)
    {
        var own = server.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = own.Issuer?.AbsoluteUri,
            Audience = TokenPrincipals.Audience(configuration),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
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
