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
                    IssuerSigningKey = options.SecurityKey(),
                    NameClaimType = PartnershipClaims.Subject,
                    RoleClaimType = PartnershipClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        builder.Services.AddAuthorization(Policies.AddTo);
        return builder;
    }
}
