using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// For what builds addresses the browser will follow (the Identity service's discovery document and redirects, the
/// web front end's sign-in): the gateway is the only way in, and it says which scheme and host the browser used.
/// Deployed, only the gateway can reach these services, which is what makes its headers trustworthy.
/// </summary>
public static class BehindTheGateway
{
    public static IServiceCollection AddGatewayForwardedHeaders(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });

    /// <summary>Where a request came from, for the access and security logs: the address the gateway saw, else the connection's.</summary>
    public static string? CallerAddress(this HttpContext http) =>
        http.Request.Headers["X-Forwarded-For"].FirstOrDefault() ?? http.Connection.RemoteIpAddress?.ToString();
}
