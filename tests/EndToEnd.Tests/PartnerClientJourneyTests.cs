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
        Task<HttpResponseMessage> Token() => system.Gateway().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
        }));

        var issued = await Token();
        var discovery = JsonDocument.Parse(await system.Gateway().GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Bearer", JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("token_type").GetString());
        Assert.StartsWith(system.Gateway().BaseAddress!.GetLeftPart(UriPartial.Authority), discovery.GetProperty("issuer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostJsonAsync($"/api/clients/{client.ClientId}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Token()).StatusCode);
    }
}
