using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Identity;
using Safeguarding.Identity.Account;
using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Demo;
using Safeguarding.Identity.Privacy;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.Identity.Staff;
using Safeguarding.Identity.Tokens;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity;

/// <summary>The Identity service: tokens for staff (signed in with a password) and partner systems (client credentials).</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.Services.AddDbContext<IdentityStore>(options => options.UseNpgsql(builder.Configuration.GetConnectionString("identity-db")).UseOpenIddict());
        builder.Services.AddDataProtection().SetApplicationName("safeguarding-identity").PersistKeysToDbContext<IdentityStore>();
        builder.Services.AddStaffAccess(builder.Environment);
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStore>())
            .AddServer(server => server
                .SetIssuer(new Uri(builder.Configuration["Identity:Issuer"] ?? "http://identity/"))
                .SetAuthorizationEndpointUris(AuthorizeEndpoint.Path.TrimStart('/'))
                .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                .SetEndSessionEndpointUris(EndSessionEndpoint.Path.TrimStart('/'))
                .AllowClientCredentialsFlow()
                .AllowAuthorizationCodeFlow()
                .RequireProofKeyForCodeExchange()
                .AllowRefreshTokenFlow()
                .RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess)
                .SetAccessTokenLifetime(TimeSpan.FromMinutes(10))
                .SetRefreshTokenLifetime(TimeSpan.FromHours(8))
                .DisableAccessTokenEncryption()
                .AddConfiguredKeys(builder.Configuration, builder.Environment)
                .UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement());
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, TrustOwnTokens>();
        builder.Services.AddSingleton<SignInLimits>();
        builder.Services.AddSingleton(services => new AccountHolds(
            services.GetRequiredService<TimeProvider>(),
            builder.Configuration.GetValue("Identity:SignInFailuresPerAccount", AccountHolds.DefaultFailuresPerAccount)));
        builder.Services.AddSingleton<PartnershipDirectory>();
        builder.Services.AddSingleton<PasswordLinkMail>();
        builder.Services.AddSingleton(SessionLimits.From(builder.Configuration));
        builder.AddApiDocument(RequestExamples.All);
        builder.Services.AddHostedService<WebClientRegistration>();
        builder.Services.AddHostedService<OperatorClientRegistration>();
        builder.Services.AddHostedService<DemoClientsSeeder>();
        builder.Services.AddHostedService<DemoUsersSeeder>();

        var app = builder.Build();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityStore>().Database.EnsureCreatedAsync();
        }

        app.UseServiceDefaults();
        app.UseAntiforgery();
        app.MapApiDocument();
        app.MapAuthorizeEndpoint();
        app.MapTokenEndpoint();
        app.MapEndSessionEndpoint();
        app.MapAccountPages();
        app.MapClientsApi();
        app.MapUsersApi();
        app.MapCallerApi();
        app.MapSecurityLog();
        app.MapRecordOfProcessing();
        app.MapStaffSubjectAccess();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
