using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Testing;

/// <summary>
/// Signs tokens with the test key (Auth:SigningKey), so a test can act as any role in any partnership without a
/// token service. Services accept that key only in Development and Testing.
/// </summary>
public static class LocalTokenIssuer
{
    public static string Issue(
        AuthOptions options,
        string subject,
        string? partnershipId,
        IEnumerable<string> roles,
        string? organisationId = null,
        TimeSpan? lifetime = null,
        string? email = null,
        string? name = null)
    {
        var claims = new List<Claim> { new(PartnershipClaims.Subject, subject) };
        if (partnershipId is not null)
        {
            claims.Add(new Claim(PartnershipClaims.Partnership, partnershipId));
        }

        claims.AddRange(roles.Select(role => new Claim(PartnershipClaims.Role, role)));
        if (organisationId is not null)
        {
            claims.Add(new Claim(PartnershipClaims.Organisation, organisationId));
        }

        if (email is not null)
        {
            claims.Add(new Claim(PartnershipClaims.Email, email));
        }

        if (name is not null)
        {
            claims.Add(new Claim("name", name));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(options.SecurityKey(testKeyAllowed: true), SecurityAlgorithms.HmacSha256),
        });
    }
}
