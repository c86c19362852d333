using System.Net;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

[Collection(nameof(IdentityServiceCollection))]
public class ApiDocumentTests(IdentityService service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "identity");

    /// <summary>Where the gateway publishes no documents, a service has none to find behind it either (every service maps it the same way).</summary>
    [Fact]
    public async Task A_service_serves_no_document_unless_configured_to()
    {
        await using var undocumented = await ServiceHost<Program>.StartAsync("identity-db", settings: new Dictionary<string, string> { ["ApiDocuments"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, (await undocumented.ClientFor(TestTokens.NewPartnership(), Roles.Admin).GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Host.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
    }
}
