using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>
/// Inherited by each service's tests: every /api endpoint must name the authorization policy that says who may
/// call it (the fallback policy only checks that a caller is signed in), and none may be anonymous.
/// </summary>
public abstract class EveryApiEndpointNamesAPolicy<TProgram>(ServiceFixture<TProgram> service)
    where TProgram : class
{
    [Fact]
    public void Every_api_endpoint_names_who_may_call_it()
    {
        var apiEndpoints = service.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToList();

        var withoutPolicy = apiEndpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}");

        Assert.NotEmpty(apiEndpoints);
        Assert.Empty(withoutPolicy);
    }
}
