using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Clients;

/// <summary>The staff web front end as an OpenID Connect client, from <c>Identity:WebClient</c>.</summary>
public sealed class WebClientOptions
{
    public string ClientId { get; set; } = "safeguarding-web";

    public string ClientSecret { get; set; } = "";

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}

/// <summary>
/// Registers the web front end at every start, as configuration says (redirect URIs change with where it is deployed):
/// a confidential client that may only use the authorization code flow with PKCE and refresh tokens, with implicit
/// consent because it is the partnership's own service.
/// </summary>
public sealed class WebClientRegistration(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = configuration.GetSection("Identity:WebClient").Get<WebClientOptions>() ?? new WebClientOptions();
        if (options.RedirectUris.Count == 0 || string.IsNullOrEmpty(options.ClientSecret))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Safeguarding Partnership QA (web)",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(options.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(options.PostLogoutRedirectUris);
        if (await applications.FindByClientIdAsync(options.ClientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
