using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>
/// The platform operator's client exists only where configuration gives it a secret, and its token carries the
/// operator role and no partnership or organisation: service-wide work, and no partnership's data.
/// </summary>
public sealed class OperatorClientTests
{
    // A client id of this test's own: every other test's host starts without an operator and removes the default one.
    private readonly string _clientId = "operator-" + Guid.NewGuid().ToString("N")[..8];

    private Task<ServiceHost<Program>> StartAsync(string secret) =>
        ServiceHost<Program>.StartAsync("identity-db", settings: new Dictionary<string, string>
        {
            ["Identity:OperatorClient:ClientId"] = _clientId,
            ["Identity:OperatorClient:ClientSecret"] = secret,
        });

    private static Task<HttpResponseMessage> TokenAsync(ServiceHost<Program> host, string clientId, string secret) =>
        host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    [Fact]
    public async Task The_operator_gets_a_token_with_no_partnership_only_while_configured()
    {
        await using (var host = await StartAsync("operator-secret-one"))
        {
            var answer = await TokenAsync(host, _clientId, "operator-secret-one");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var token = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
            var claims = new JsonWebToken(token).Claims.ToList();
            Assert.Equal([Roles.Operator], claims.Where(c => c.Type == PartnershipClaims.Role).Select(c => c.Value));
            Assert.DoesNotContain(claims, c => c.Type is PartnershipClaims.Partnership or PartnershipClaims.Organisation);
            Assert.Equal(HttpStatusCode.Forbidden, (await host.CreateClient().WithToken(token).GetAsync("/api/me")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await TokenAsync(host, _clientId, "a-guess")).StatusCode);
        }

        await using (var host = await StartAsync(secret: ""))
        {
            Assert.NotEqual(HttpStatusCode.OK, (await TokenAsync(host, _clientId, "operator-secret-one")).StatusCode);
        }
    }
}
