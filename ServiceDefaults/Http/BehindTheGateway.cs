using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// The gateway is the only way in, and it says who called and which scheme and host they used (it sets, never
/// appends, the X-Forwarded headers). Those headers are believed only from the gateway's own addresses: the networks
/// a deployment names in <c>Gateway:TrustedNetworks</c> (CIDR, e.g. the cluster's pod network), else loopback, where
/// the local system runs it. From anyone else they are ignored, so a caller cannot choose the address the access log records.
/// </summary>
public static class BehindTheGateway
{
    public static IServiceCollection AddGatewayForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (configuration.GetSection("Gateway:TrustedNetworks").Get<string[]>() is { Length: > 0 } networks)
            {
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
                foreach (var network in networks)
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });

    /// <summary>Where a request came from, for the access and security logs: the caller the gateway saw, else the connection's peer.</summary>
    public static string? CallerAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
