using System.Net;
using System.Net.Http.Headers;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

[Collection(nameof(WholeSystemCollection))]
public class GatewayTests(WholeSystem system)
{
    [Theory]
    [InlineData("/api/programmes")]
    [InlineData("/api/audits")]
    [InlineData("/api/section11/cycles")]
    [InlineData("/api/actions")]
    [InlineData("/api/reports/overview")]
    public async Task Without_a_token_every_area_answers_401(string path) =>
        await (await system.Gateway().GetAsync(path)).ReadProblemAsync(401);

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = LocalTokenIssuer.Issue(
            new AuthOptions { Issuer = TestTokens.Options.Issuer, Audience = TestTokens.Options.Audience, SigningKey = new string('k', 48) },
            "intruder", "st-helens", [Roles.Coordinator]);

        await (await system.Gateway().WithToken(forged).GetAsync("/api/organisations")).ReadProblemAsync(401);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_response() =>
        await (await system.Gateway(TestTokens.NewPartnership()).GetAsync("/api/nothing-here")).ReadProblemAsync(404);

    [Theory]
    [InlineData("programme", "/api/programmes")]
    [InlineData("audit", "/api/audits")]
    [InlineData("section11", "/api/section11/cycles")]
    [InlineData("learning", "/api/actions")]
    [InlineData("reporting", "/api/reports/overview")]
    [InlineData("notifications", "/api/notifications")]
    public async Task Each_service_publishes_its_OpenAPI_document_through_the_gateway(string service, string path)
    {
        var document = await system.Gateway().GetStringAsync($"/openapi/{service}.json");

        Assert.Contains($"\"{path}", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trace_context_travels_from_the_caller_through_the_gateway_to_the_service()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations")
        {
            Content = new StringContent("{\"name\":\"\"}", System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(BitConverter.GetBytes(42L))}-01");

        var response = await system.Gateway(TestTokens.NewPartnership()).SendAsync(request);

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains(traceId, problem.Extensions["traceId"]?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_the_service_does_not_allow_is_refused_by_the_service()
    {
        var response = await system.Gateway(TestTokens.NewPartnership(), Roles.BoardReader).PostJsonAsync("/api/programmes", new { year = 2027 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
