using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>
/// The real Programme service, on the shared servers, for Identity to ask whether an organisation is in a
/// partnership's directory; tests register organisations in it as a coordinator would.
/// </summary>
public sealed class ProgrammeDirectory : IAsyncLifetime
{
    private ServiceHost<Safeguarding.Programme.Program> _programme = null!;

    public async Task InitializeAsync() => _programme = await ServiceHost<Safeguarding.Programme.Program>.StartAsync("programme-db");

    public async Task DisposeAsync() => await _programme.DisposeAsync();

    /// <summary>Sends Identity's directory questions to this Programme service.</summary>
    public void Route(IServiceCollection services) =>
        services.AddHttpClient(PartnershipDirectory.Service).ConfigurePrimaryHttpMessageHandler(() => _programme.Server.CreateHandler());

    /// <summary>Where service discovery finds Programme; the handler above answers whatever the address.</summary>
    public static readonly KeyValuePair<string, string> Address = new($"services:{PartnershipDirectory.Service}:http:0", "http://programme");

    public async Task<Guid> RegisterAsync(string partnership, string name) =>
        (await (await _programme.ClientFor(partnership, Roles.Coordinator).PostJsonAsync("/api/organisations", new { name, kind = "StatutoryPartner" }))
            .ReadAsync<Safeguarding.Programme.Organisations.DirectoryEntry>()).Id;
}
