using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

[Collection(nameof(ReportingServiceCollection))]
public class ApiDocumentTests(ReportingService service)
{
    [Fact]
    public Task The_web_and_partner_clients_are_built_from_the_document_this_service_publishes() =>
        PublishedApiDocument.AssertCheckedInAsync(service.Host.CreateClient(), "reporting");
}
