using OpenIddict.Abstractions;
using Safeguarding.Identity.Clients;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Demo;

/// <summary>A demo partner-system client: fixed credentials, for Development only, listed in the README.</summary>
public sealed record DemoClient(string ClientId, string Secret, string Name, string PartnershipId, string Organisation, string Role)
{
    public Guid OrganisationId => DemoDirectory.OrganisationId(PartnershipId, Organisation);
}

public static class DemoDirectory
{
    /// <summary>The organisation's id as Programme's demo directory gives it (partnership and name).</summary>
    public static Guid OrganisationId(string partnershipId, string organisation) =>
        DeterministicGuid.Create(partnershipId, "organisation", organisation.ToUpperInvariant());
}

/// <summary>
/// In Development, the St Helens demo partnership's partner systems (and one in Knowsley, to show that partnerships
/// never see each other) are registered once, and their credentials printed once.
/// </summary>
public sealed partial class DemoClientsSeeder(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, ILogger<DemoClientsSeeder> logger)
    : IHostedService
{
    public static readonly IReadOnlyList<DemoClient> Clients =
    [
        new("st-helens-police-system", "demo-secret-st-helens-police", "Merseyside Police case system", "st-helens", "Merseyside Police", Roles.PartnerSystem),
        new("st-helens-council-system", "demo-secret-st-helens-council", "St Helens Borough Council case system", "st-helens", "St Helens Borough Council", Roles.PartnerSystem),
        new("st-helens-board-dashboard", "demo-secret-st-helens-board", "Board dashboard", "st-helens", "St Helens Borough Council", Roles.BoardReader),
        new("knowsley-police-system", "demo-secret-knowsley-police", "Merseyside Police case system (Knowsley)", "knowsley", "Merseyside Police", Roles.PartnerSystem),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Demo:Seed", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var demo in Clients)
        {
            if (await applications.FindByClientIdAsync(demo.ClientId, cancellationToken) is not null)
            {
                continue;
            }

            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = demo.ClientId,
                ClientSecret = demo.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = demo.Name,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            foreach (var (key, value) in PartnerClients.Properties(demo.PartnershipId, demo.OrganisationId, [demo.Role]))
            {
                descriptor.Properties.Add(key, value);
            }

            await applications.CreateAsync(descriptor, cancellationToken);
            LogDemoClient(logger, demo.ClientId, demo.Secret, demo.PartnershipId, demo.Organisation, demo.Role);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo client registered (Development only): {ClientId} / {Secret} for {Partnership}, {Organisation}, {Role}")]
    private static partial void LogDemoClient(ILogger logger, string clientId, string secret, string partnership, string organisation, string role);
}
