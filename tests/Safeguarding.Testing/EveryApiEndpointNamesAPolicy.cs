using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
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

    /// <summary>
    /// The authorization matrix, endpoint by endpoint: with no token every /api endpoint is a 401; a role its policy
    /// does not name is refused by the policy (403 "Forbidden"); a role it names gets past the policy, whatever the
    /// handler then says of the record (404 for an id the partnership does not have, 400, 409, or its own 403 when
    /// the record is another organisation's; 502 where a service it depends on is not running here). No request may end
    /// in a 500.
    /// </summary>
    [Fact]
    public async Task Every_role_gets_past_exactly_the_policies_that_name_it()
    {
        var partnership = TestTokens.NewPartnership();
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints())
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Last(p => !string.IsNullOrEmpty(p))!;
            var allowed = Policies.RolesAllowedBy(policy);
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
            var path = Path(endpoint);
            var multipart = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
            var anonymous = await SendAsync(service.Host.CreateClient(), method, path, multipart);
            if (anonymous.Status != 401)
            {
                failures.Add($"{method} {path} without a token: {anonymous.Status}");
            }

            foreach (var role in Roles.All)
            {
                var (status, title) = await SendAsync(service.Host.ClientFor(partnership, role, Guid.NewGuid().ToString()), method, path, multipart);
                var refusedByPolicy = status == 403 && title == "Forbidden";
                if (status == 500 || status == 401 || refusedByPolicy == allowed.Contains(role))
                {
                    failures.Add($"{method} {path} as {role} ({policy}): {status} {title}");
                }
            }

            var (operatorStatus, operatorTitle) = await SendAsync(service.Host.CreateClient().WithToken(TestTokens.ForOperator()), method, path, multipart);
            if (operatorStatus is 500 or 401 || (operatorStatus == 403 && operatorTitle == "Forbidden") == (policy == Policies.OperateService))
            {
                failures.Add($"{method} {path} as the platform operator ({policy}): {operatorStatus} {operatorTitle}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>No read's answer grows with a partnership's lists: every read that answers a list answers it a page at a time.</summary>
    [Fact]
    public void Every_api_list_comes_a_page_at_a_time()
    {
        var unpaged = ApiEndpoints()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == 200 && p.Type is { } type && type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)))
            .Where(e => e.Metadata.GetMetadata<Paging.Metadata>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}");

        Assert.Empty(unpaged);
    }

    private List<RouteEndpoint> ApiEndpoints() =>
    [
        .. service.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true),
    ];

    /// <summary>The route with every parameter filled: a fresh id, a year, or a word.</summary>
    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "2027",
            RoutePatternParameterPart parameter when parameter.Name == "format" => "csv",
            _ => "x",
        }))));

    private static async Task<(int Status, string? Title)> SendAsync(HttpClient client, string method, string path, bool multipart)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = multipart
                ? new MultipartFormDataContent { { new StringContent("text"), "file", "file.txt" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // Only a problem has a title; an export's JSON lines, for one, are not one document.
        var title = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            && System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
        return ((int)response.StatusCode, title);
    }
}
