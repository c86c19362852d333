using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// The Identity service's own API (clients, users) accepts the tokens it issues: its issuer and signing keys are
/// trusted directly, rather than by fetching its own discovery document over the network.
/// </summary>
public sealed class TrustOwnTokens(IOptionsMonitor<OpenIddictServerOptions> server) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var own = server.CurrentValue;
        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], .. new[] { parameters.ValidIssuer, own.Issuer?.AbsoluteUri }.OfType<string>()];
        parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. own.SigningCredentials.Select(c => c.Key)];
    }
}
