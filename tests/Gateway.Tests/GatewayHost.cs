using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Testing;

namespace Safeguarding.Gateway.Tests;

/// <summary>
/// The gateway alone, in memory, with the tests' token settings and a small rate limit. What it protects is checked on
/// its own responses (its fallback and health endpoints); the whole system's journeys run in EndToEnd.Tests.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    public const int RequestsPerMinute = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Auth:Issuer", TestTokens.Options.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Options.Audience);
        builder.UseSetting("Auth:SigningKey", TestTokens.Options.SigningKey);
        builder.UseSetting("Gateway:RequestsPerMinute", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:MaxRequestBodyBytes", "1024");
        builder.UseSetting("Gateway:AllowedOrigins:0", "https://qa.sthelens.example");
    }
}
