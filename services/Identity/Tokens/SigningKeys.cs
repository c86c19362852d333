using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// The keys tokens are signed (RSA, from <c>Identity:SigningKey</c> as PEM) and encrypted (<c>Identity:EncryptionKey</c>,
/// 256 bits in base64) with. Keys made up at start would change on every restart and end every session, so outside
/// Development and Testing they must be configured.
/// </summary>
public static class SigningKeys
{
    public static OpenIddictServerBuilder AddConfiguredKeys(this OpenIddictServerBuilder server, IConfiguration configuration, IHostEnvironment environment)
    {
        var (signing, encryption) = (configuration["Identity:SigningKey"], configuration["Identity:EncryptionKey"]);
        if (string.IsNullOrWhiteSpace(signing) || string.IsNullOrWhiteSpace(encryption))
        {
            if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            {
                throw new InvalidOperationException("Identity:SigningKey (RSA PEM) and Identity:EncryptionKey (base64, 256 bits) must be configured outside Development.");
            }

            return server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(signing);
        return server
            .AddSigningKey(new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] })
            .AddEncryptionKey(new SymmetricSecurityKey(Convert.FromBase64String(encryption)));
    }
}
