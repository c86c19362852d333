using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Token validation settings, from configuration section "Auth". The AppHost (or a test fixture) sets them in
/// one place; a real OAuth2 issuer replaces the signing key later without touching code.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "safeguarding-local";

    public string Audience { get; set; } = "safeguarding-api";

    /// <summary>
    /// The OpenID Connect provider whose discovery document names the issuer and signing keys to trust besides the
    /// local key (the Identity service, or a partnership's own provider); empty: the local key only.
    /// </summary>
    public string Authority { get; set; } = "";

    /// <summary>A shared HMAC key of at least 32 characters. Only for local runs and tests.</summary>
    public string SigningKey { get; set; } = "";

    public SymmetricSecurityKey SecurityKey()
    {
        if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be set to at least 32 characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
    }
}
