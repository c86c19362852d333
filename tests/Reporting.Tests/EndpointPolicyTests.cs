using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

[Collection(nameof(ReportingServiceCollection))]
public class EndpointPolicyTests(ReportingService service)
{
    [Fact]
    public void Every_api_endpoint_names_who_may_call_it()
    {
        Assert.NotEqual(0, EndpointPolicies.ApiEndpointCount(service.Host.Services));
        Assert.Empty(EndpointPolicies.ApiEndpointsWithoutPolicy(service.Host.Services));
    }
}
