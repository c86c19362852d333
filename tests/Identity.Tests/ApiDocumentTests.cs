using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

[Collection(nameof(IdentityServiceCollection))]
public class ApiDocumentTests(IdentityService service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "identity");
}
