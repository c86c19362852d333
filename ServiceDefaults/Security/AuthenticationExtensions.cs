using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens validated the same way at the gateway and in every service: issuer, audience, lifetime
    /// and signature, with claims kept as the token names them ("sub", "role", "partnership").
    /// </summary>
    public static TBuilder AddPartnershipAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = options.SecurityKey(builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")),
                    NameClaimType = PartnershipClaims.Subject,
                    RoleClaimType = PartnershipClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    // The provider's issuer and keys are added to the test key's, where there is one.
                    jwt.MetadataAddress = $"{options.Authority.TrimEnd('/')}/.well-known/openid-configuration";
                    jwt.RequireHttpsMetadata = jwt.MetadataAddress.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                }
            });

        // The discovery document is fetched like any other call between services: by service name, with resilience.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((jwt, clients) => jwt.Backchannel = clients.CreateClient("auth-authority"));
        builder.Services.AddAuthorization(Policies.AddTo);
        return builder;
    }
}
