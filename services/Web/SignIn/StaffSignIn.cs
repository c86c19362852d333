using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// Staff sign in at the Identity service by the authorization code flow with PKCE; the front end keeps the tokens in
/// its own encrypted, HTTP-only cookie and renews the access token with the refresh token as it expires. Every page
/// needs a signed-in member of staff; what each may see is decided by the APIs, with the same policies as everywhere.
/// </summary>
public static class StaffSignIn
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignOutPath = "/sign-out";

    public static WebApplicationBuilder AddStaffSignIn(this WebApplicationBuilder builder)
    {
        // The provider as the browser reaches it (through the gateway), so every address in its discovery document is one the browser can follow.
        var authority = builder.Configuration["Auth:Authority"]?.TrimEnd('/')
            ?? throw new InvalidOperationException("Auth:Authority names the Identity service at the front door (or the partnership's own provider).");
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "sg-web-session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = SessionCookies.SecurePolicy(builder.Environment);
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.Events.OnValidatePrincipal = TokenRefresh.RenewWhenExpiringAsync;
            })
            .AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.MetadataAddress = $"{authority}/.well-known/openid-configuration";
                options.RequireHttpsMetadata = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                options.ClientId = builder.Configuration["Web:ClientId"] ?? "safeguarding-web";
                options.ClientSecret = builder.Configuration["Web:ClientSecret"];
                options.ResponseType = "code";
                // The code comes back in a plain redirect: a form_post page would need an inline script the pages' CSP forbids.
                options.ResponseMode = "query";
                options.UsePkce = true;
                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Add("profile");
                options.Scope.Add("email");
                options.Scope.Add("offline_access");
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = PartnershipClaims.Role;
                options.SignedOutRedirectUri = "/";
            });
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient("identity-backchannel"));
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ServerSideSessions>();
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseServerSideSessions>();
        builder.Services.AddAuthorization(Policies.AddTo);
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = SessionCookies.SecurePolicy(builder.Environment));

        builder.Services.AddGatewayForwardedHeaders(builder.Configuration);
        return builder;
    }

    public static IEndpointRouteBuilder MapStaffSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, SignOut);
        return app;
    }

    /// <summary>Ends the session here and at the Identity service, which then sends the browser back to the start.</summary>
    public static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(http);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [CookieScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
