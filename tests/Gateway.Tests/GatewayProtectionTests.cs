using System.Net;
using Microsoft.AspNetCore.Hosting;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Gateway.Tests;

public class GatewayProtectionTests : IClassFixture<GatewayHost>
{
    private readonly GatewayHost _host;

    public GatewayProtectionTests(GatewayHost host) => _host = host;

    private HttpClient Caller(string partnership, string role) => _host.CreateClient().As(partnership, role, Guid.NewGuid().ToString());

    [Fact]
    public async Task A_client_over_its_rate_is_told_to_wait_while_another_client_is_not()
    {
        var partnership = TestTokens.NewPartnership();
        var client = Caller(partnership, Roles.PartnerSystem);
        for (var i = 0; i < GatewayHost.RequestsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/nothing-here")).StatusCode);
        }

        var refused = await client.GetAsync("/api/nothing-here");
        var problem = await refused.ReadProblemAsync(429);

        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Too many requests.", problem.Title);
        Assert.Equal(HttpStatusCode.NotFound, (await Caller(TestTokens.NewPartnership(), Roles.PartnerSystem).GetAsync("/api/nothing-here")).StatusCode);
    }

    [Fact]
    public async Task Only_the_web_front_end_with_its_key_names_the_address_of_the_person_it_calls_for()
    {
        const string WebKey = "tests-web-gateway-key";
        using var gateway = _host.WithWebHostBuilder(builder => builder.UseSetting("Gateway:WebKey", WebKey));
        var client = gateway.CreateClient();
        async Task<HttpStatusCode> SignedOutFrom(string address, string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
            request.Headers.Add(PersonAddressHeaders.Address, address);
            if (key is not null)
            {
                request.Headers.Add(PersonAddressHeaders.Key, key);
            }

            return (await client.SendAsync(request)).StatusCode;
        }

        // Without the key every claimed address is the one caller it really is, and that caller's limit runs out.
        for (var i = 0; i < GatewayHost.RequestsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, await SignedOutFrom($"198.51.100.{i}", i % 2 == 0 ? "not-the-key" : null));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignedOutFrom("198.51.100.99", null));
        // With it, the person is the caller: someone else's use does not hold them back.
        Assert.Equal(HttpStatusCode.NotFound, await SignedOutFrom("203.0.113.5", WebKey));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await Caller(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/nothing-here");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "An answer with partnership data is never stored.");
    }

    [Fact]
    public async Task Cross_origin_calls_are_allowed_only_from_configured_origins()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/programmes");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            return await _host.CreateClient().SendAsync(request);
        }

        var allowed = await Preflight("https://qa.sthelens.example");
        var refused = await Preflight("https://elsewhere.example");

        Assert.Equal("https://qa.sthelens.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_before_it_reaches_a_service()
    {
        var response = await Caller(TestTokens.NewPartnership(), Roles.Coordinator).PostAsync("/api/nothing-here", new ByteArrayContent(new byte[4096]));

        await response.ReadProblemAsync(413);
    }

    [Fact]
    public async Task The_API_documents_and_their_UI_are_served_only_where_configured()
    {
        using var documented = _host.WithWebHostBuilder(builder => builder.UseSetting("Gateway:ApiDocuments", "true"));

        var shown = await documented.CreateClient().GetAsync("/docs");
        var hidden = await _host.CreateClient().GetAsync("/docs");

        Assert.Equal((HttpStatusCode.OK, "text/html"), (shown.StatusCode, shown.Content.Headers.ContentType?.MediaType));
        // Unclaimed by the gateway, the path falls to the web front end, which this gateway-only host does not have.
        Assert.NotEqual(HttpStatusCode.OK, hidden.StatusCode);
    }
}
