using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Tokens;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>Partner systems obtain tokens by client credentials from clients the coordinator registers, rotates and revokes.</summary>
public sealed class ClientCredentialsTests(ProgrammeDirectory directory) : IAsyncLifetime, IClassFixture<ProgrammeDirectory>
{
    private readonly string _partnership = TestTokens.NewPartnership();
    private Guid _police;
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost<Program>.StartAsync(
            "identity-db", configureServices: directory.Route, settings: new Dictionary<string, string> { [ProgrammeDirectory.Address.Key] = ProgrammeDirectory.Address.Value });
        _police = await directory.RegisterAsync(_partnership, "Merseyside Police");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Coordinator => _host.ClientFor(_partnership, Roles.Coordinator);

    private Task<HttpResponseMessage> TokenAsync(string clientId, string secret) =>
        _host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    private async Task<PartnerClient> RegisteredAsync() =>
        await (await Coordinator.PostJsonAsync("/api/clients", new { name = "Police case system", organisationId = _police, roles = new[] { Roles.PartnerSystem } })).ReadAsync<PartnerClient>();

    [Fact]
    public async Task A_registered_client_gets_a_signed_token_naming_its_partnership_organisation_and_roles()
    {
        var client = await RegisteredAsync();

        var response = await TokenAsync(client.ClientId, client.ClientSecret!);
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        var discovery = JsonDocument.Parse(await _host.CreateClient().GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var keys = new JsonWebKeySet(await _host.CreateClient().GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "safeguarding-api",
            IssuerSigningKeys = keys.GetSigningKeys(),
        });

        Assert.True(validation.IsValid, validation.Exception?.Message);
        var claims = validation.ClaimsIdentity;
        Assert.Equal((client.ClientId, _partnership, _police.ToString(), Roles.PartnerSystem),
            (claims.FindFirst("sub")?.Value, claims.FindFirst("partnership")?.Value, claims.FindFirst("organisation")?.Value, claims.FindFirst("role")?.Value));
        var listed = Assert.Single(await (await Coordinator.GetAsync("/api/clients")).ReadAsync<List<PartnerClient>>());
        Assert.Equal((client.ClientId, null), (listed.ClientId, listed.ClientSecret));
    }

    [Fact]
    public async Task A_partner_system_asks_who_its_token_is_and_what_it_may_do()
    {
        var client = await RegisteredAsync();
        var token = JsonDocument.Parse(await (await TokenAsync(client.ClientId, client.ClientSecret!)).Content.ReadAsStringAsync())
            .RootElement.GetProperty("access_token").GetString()!;

        var me = await (await _host.CreateClient().WithToken(token).GetAsync("/api/me")).ReadAsync<Caller>();

        Assert.Equal((client.ClientId, "Police case system", _partnership, (Guid?)_police), (me.Subject, me.Name, me.Partnership, me.OrganisationId));
        Assert.Equal([Roles.PartnerSystem], me.Roles);
        Assert.Contains(Policies.SubmitReturns, me.May);
        Assert.DoesNotContain(Policies.ManageUsers, me.May);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient().GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_and_a_revoked_client_gets_no_token()
    {
        var client = await RegisteredAsync();
        var rotated = await (await Coordinator.PostJsonAsync($"/api/clients/{client.ClientId}/rotate", new { })).ReadAsync<PartnerClient>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client.ClientId, client.ClientSecret!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client.ClientId, rotated.ClientSecret!)).StatusCode);
        await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).PostJsonAsync($"/api/clients/{client.ClientId}/revoke", new { })).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.NoContent, (await Coordinator.PostJsonAsync($"/api/clients/{client.ClientId}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client.ClientId, rotated.ClientSecret!)).StatusCode);
    }

    [Fact]
    public async Task Only_a_coordinator_registers_and_only_machine_roles_are_given()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/clients", new { name = "", roles = new[] { Roles.Coordinator } })).ReadProblemAsync(400);

        Assert.Equal(["name", "organisationId", "roles"], problem.Errors.Keys.Order());
        await (await _host.ClientFor(_partnership, Roles.AgencyAuditor).PostJsonAsync("/api/clients", new { name = "x", organisationId = _police, roles = new[] { Roles.PartnerSystem } })).ReadProblemAsync(403);

        // An organisation another partnership registered is not this partnership's to give a client to.
        var elsewhere = await directory.RegisterAsync(TestTokens.NewPartnership(), "Another Partnership's Police");
        var refused = await (await Coordinator.PostJsonAsync("/api/clients", new { name = "Impostor", organisationId = elsewhere, roles = new[] { Roles.PartnerSystem } })).ReadProblemAsync(400);
        Assert.Equal(["organisationId"], refused.Errors.Keys);
        Assert.DoesNotContain(await (await Coordinator.GetAsync("/api/clients")).ReadAsync<List<PartnerClient>>(), c => c.Name == "Impostor");
    }
}
