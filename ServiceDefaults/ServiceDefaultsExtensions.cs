using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Safeguarding.ServiceDefaults.Health;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Problems;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Telemetry;

namespace Safeguarding.ServiceDefaults;

/// <summary>
/// What every service (and the gateway) does the same way. A service's Program.cs calls
/// <see cref="AddServiceDefaults"/> first and <see cref="MapDefaultEndpoints"/> last.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddHostDefaults();
        builder.AddProblemResponses();
        builder.AddPartnershipAuthentication();
        builder.Services.AddGatewayForwardedHeaders(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// What every process shares, the web front end included: telemetry, health, service discovery, and resilient
    /// outgoing calls. The front end signs people in with cookies rather than bearer tokens, so it stops here.
    /// </summary>
    public static TBuilder AddHostDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// The middleware every service runs, in order: for a service behind the gateway, who the gateway says called and
    /// the endpoint's body size limit; then problem responses, then who is calling. The gateway itself is the front
    /// door: it believes no forwarded header and caps sizes its own way.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app, bool behindTheGateway = true)
    {
        if (behindTheGateway)
        {
            app.UseForwardedHeaders();
        }

        app.UseProblemResponses();
        if (behindTheGateway)
        {
            app.UseRequestSizeLimits();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app;
    }
}
