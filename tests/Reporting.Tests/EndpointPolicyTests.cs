using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

[Collection(nameof(ReportingServiceCollection))]
public class EndpointPolicyTests(ReportingService service) : EveryApiEndpointNamesAPolicy<Program>(service);
