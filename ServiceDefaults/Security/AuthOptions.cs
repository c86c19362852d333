using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Token validation settings, from configuration section "Auth": the provider to trust (the Identity service, or a
/// partnership's own) and the audience; tests may add a static key.
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

    /// <summary>
    /// A shared HMAC key of at least 32 characters, so tests can make tokens for any role without a token service.
    /// A test option only: refused outside Development and Testing.
    /// </summary>
    public string SigningKey { get; set; } = "";

    public SymmetricSecurityKey? SecurityKey(bool testKeyAllowed)
    {
        if (string.IsNullOrEmpty(SigningKey))
        {
            return null;
        }

        if (!testKeyAllowed)
        {
            throw new InvalidOperationException("Auth:SigningKey is a test option; outside Development and Testing, set Auth:Authority instead.");
        }

        if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
    }
}
