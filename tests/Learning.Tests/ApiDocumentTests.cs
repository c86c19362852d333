using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class ApiDocumentTests(LearningService service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "learning");
}
