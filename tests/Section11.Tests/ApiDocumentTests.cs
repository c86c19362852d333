using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

[Collection(nameof(Section11ServiceCollection))]
public class ApiDocumentTests(Section11Service service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "section11");
}
