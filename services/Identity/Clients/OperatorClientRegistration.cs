using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Clients;

/// <summary>The platform operator's client, from <c>Identity:OperatorClient</c>: present only where a secret is configured.</summary>
public sealed class OperatorClientOptions
{
    public string ClientId { get; set; } = "safeguarding-operator";

    public string ClientSecret { get; set; } = "";
}

/// <summary>
/// Registers the platform operator at every start, as configuration says: a confidential client that may only use
/// client credentials, whose tokens carry the operator role and no partnership (see TokenPrincipals.ForOperator).
/// </summary>
public sealed class OperatorClientRegistration(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public static OperatorClientOptions Options(IConfiguration configuration) =>
        configuration.GetSection("Identity:OperatorClient").Get<OperatorClientOptions>() ?? new OperatorClientOptions();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = Options(configuration);
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var existing = await applications.FindByClientIdAsync(options.ClientId, cancellationToken);
        if (string.IsNullOrEmpty(options.ClientSecret))
        {
            // Without a secret there is no operator: one registered by an earlier start must not outlive its configuration.
            if (existing is not null)
            {
                await applications.DeleteAsync(existing, cancellationToken);
            }

            return;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Safeguarding Partnership QA (platform operator)",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        if (existing is not null)
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
