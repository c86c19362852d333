using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class ApiDocumentTests(ProgrammeService service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "programme");

    /// <summary>A partner's developer reads these from the document; the API then does what it says.</summary>
    [Fact]
    public async Task The_document_names_the_token_url_the_versions_and_the_answers_the_API_really_gives()
    {
        var document = JsonNode.Parse(await service.Host.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var change = document["paths"]!["/api/programmes/{id}/items/{itemId}"]!["put"]!;

        Assert.Equal("/connect/token", document["components"]!["securitySchemes"]!["oauth2"]!["flows"]!["clientCredentials"]!["tokenUrl"]!.ToString());
        Assert.Contains(change["parameters"]!.AsArray(), p => p!["name"]!.ToString() == "If-Match" && p["in"]!.ToString() == "header");
        Assert.Equal(["200", "400", "401", "403", "404", "409", "412", "429"], change["responses"]!.AsObject().Select(r => r.Key).Order());
        Assert.NotNull(change["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.Equal("#/components/schemas/ProblemDetails", change["responses"]!["412"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.ToString());

        var coordinator = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);
        var created = await coordinator.PostJsonAsync("/api/programmes", new { year = 2027 });
        var programme = await created.ReadAsync<AuditProgramme>();
        var scheduled = await (await coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/items", new { kind = "ThematicAudit", quarter = 1, theme = "Neglect", categories = new[] { "ChildInNeed" } }))
            .ReadAsync<AuditProgramme>();
        HttpRequestMessage Change(string ifMatch)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/programmes/{programme.Id}/items/{scheduled.Items[0].ItemId}")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { kind = "ThematicAudit", quarter = 2, theme = "Neglect", categories = new[] { "ChildInNeed" } }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
            return request;
        }

        await (await coordinator.SendAsync(Change(created.Headers.ETag!.Tag))).ReadProblemAsync(412);
        var changed = await coordinator.SendAsync(Change($"\"{scheduled.Version}\""));
        Assert.Equal((HttpStatusCode.OK, $"\"{scheduled.Version + 1}\""), (changed.StatusCode, changed.Headers.ETag?.Tag));
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Host.CreateClient().GetAsync($"/api/programmes/{programme.Id}")).StatusCode);
    }
}
