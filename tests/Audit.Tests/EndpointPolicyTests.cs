using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class EndpointPolicyTests(AuditService service)
{
    [Fact]
    public void Every_api_endpoint_names_who_may_call_it()
    {
        Assert.NotEqual(0, EndpointPolicies.ApiEndpointCount(service.Host.Services));
        Assert.Empty(EndpointPolicies.ApiEndpointsWithoutPolicy(service.Host.Services));
    }
}
