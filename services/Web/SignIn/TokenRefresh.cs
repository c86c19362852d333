using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// Access tokens live 10 minutes; a minute before one expires, the refresh token buys the next (and a new refresh
/// token). If the Identity service refuses, because the account was disabled or the session ran out, the person is
/// signed out and asked to sign in again.
/// </summary>
public static class TokenRefresh
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public static async Task RenewWhenExpiringAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is not null && DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture) > clock.GetUtcNow() + Margin)
        {
            return;
        }

        var oidc = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (refreshToken is null || oidc.ConfigurationManager is null)
        {
            await RejectAsync(context);
            return;
        }

        var configuration = await oidc.ConfigurationManager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = oidc.ClientId!,
            ["client_secret"] = oidc.ClientSecret!,
        }), context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            await RejectAsync(context);
            return;
        }

        var tokens = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted)).RootElement;
        context.Properties.UpdateTokenValue("access_token", tokens.GetProperty("access_token").GetString()!);
        context.Properties.UpdateTokenValue("refresh_token", tokens.GetProperty("refresh_token").GetString()!);
        context.Properties.UpdateTokenValue("expires_at", (clock.GetUtcNow() + TimeSpan.FromSeconds(tokens.GetProperty("expires_in").GetInt32())).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
