using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>A coordinator registers the police's case system through the gateway; the system obtains a token there by client credentials.</summary>
[Collection(nameof(WholeSystemCollection))]
public class PartnerClientJourneyTests(WholeSystem system)
{
    private sealed record ClientDto(string ClientId, string ClientSecret);

    [Fact]
    public async Task A_registered_partner_system_gets_a_token_from_the_front_door_and_a_revoked_one_does_not()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var client = await (await coordinator.PostJsonAsync("/api/clients", new { name = "Police case system", organisationId = Guid.NewGuid(), roles = new[] { Roles.PartnerSystem } })).ReadAsync<ClientDto>();
        Task<HttpResponseMessage> Token() => TokenAsync(client.ClientId, client.ClientSecret);

        var issued = await Token();
        var discovery = JsonDocument.Parse(await system.Gateway().GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Bearer", JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("token_type").GetString());
        Assert.StartsWith(system.Gateway().BaseAddress!.GetLeftPart(UriPartial.Authority), discovery.GetProperty("issuer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostJsonAsync($"/api/clients/{client.ClientId}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Token()).StatusCode);
    }

    [Fact]
    public async Task A_partner_system_over_its_rate_is_told_when_to_try_again()
    {
        var coordinator = system.Gateway(TestTokens.NewPartnership());
        var client = await (await coordinator.PostJsonAsync("/api/clients", new { name = "Busy case system", organisationId = Guid.NewGuid(), roles = new[] { Roles.PartnerSystem } })).ReadAsync<ClientDto>();
        var token = await (await TokenAsync(client.ClientId, client.ClientSecret)).ReadAsync<JsonElement>();
        var partnerSystem = system.Gateway().WithToken(token.GetProperty("access_token").GetString()!);

        HttpResponseMessage response;
        var sent = 0;
        do
        {
            response = await partnerSystem.GetAsync("/api/organisations");
            sent++;
        }
        while (response.StatusCode == HttpStatusCode.OK && sent <= 1000);

        // The AppHost's default is 600 a minute; a fixed window may have started part-way through this loop.
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(sent, 2, 601);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/organisations")).StatusCode);
    }

    private sealed record IdDto(Guid Id);

    private Task<HttpResponseMessage> TokenAsync(string clientId, string secret) =>
        system.Gateway().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    [Fact]
    public async Task A_partner_system_answers_its_agencys_Section_11_return_through_the_gateway_with_a_token_from_Identity()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var police = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Merseyside Police", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        var year = DateTime.UtcNow.Year + 1;
        var cycle = await (await coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<IdDto>();
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/invitations", new { organisationIds = new[] { police } }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        var client = await (await coordinator.PostJsonAsync("/api/clients", new { name = "Police case system", organisationId = police, roles = new[] { Roles.PartnerSystem } })).ReadAsync<ClientDto>();
        var token = await (await TokenAsync(client.ClientId, client.ClientSecret)).ReadAsync<JsonElement>();
        var partnerSystem = system.Gateway().WithToken(token.GetProperty("access_token").GetString()!);

        var answered = await partnerSystem.PutJsonAsync($"/api/section11/cycles/{cycle.Id}/assessments/{police}/indicators/1.1", new { score = "3", narrative = "From the force's system." });
        var someoneElses = await partnerSystem.PutJsonAsync($"/api/section11/cycles/{cycle.Id}/assessments/{Guid.NewGuid()}/indicators/1.1", new { score = "3" });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await someoneElses.ReadProblemAsync(403);
        await (await partnerSystem.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadProblemAsync(403);
        await (await system.Gateway().WithToken(token.GetProperty("access_token").GetString()![..^4] + "AAAA").GetAsync("/api/section11/frameworks")).ReadProblemAsync(401);
    }

    [Fact]
    public async Task The_demo_police_system_gets_a_token_and_sees_only_its_own_partnerships_directory()
    {
        async Task<HttpClient> SignedIn(string clientId, string secret)
        {
            var token = await (await TokenAsync(clientId, secret)).ReadAsync<JsonElement>();
            return system.Gateway().WithToken(token.GetProperty("access_token").GetString()!);
        }

        var stHelens = await (await (await SignedIn("st-helens-police-system", "demo-secret-st-helens-police")).GetAsync("/api/organisations")).ReadAsync<List<JsonElement>>();
        var knowsley = await (await (await SignedIn("knowsley-police-system", "demo-secret-knowsley-police")).GetAsync("/api/organisations")).ReadAsync<List<JsonElement>>();

        Assert.Contains(stHelens, o => o.GetProperty("name").GetString() == "Merseyside Police");
        Assert.Empty(knowsley);
    }
}
