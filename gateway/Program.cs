using Safeguarding.Gateway;
using Safeguarding.Gateway.Protection;
using Safeguarding.ServiceDefaults;
using Scalar.AspNetCore;

namespace Safeguarding.Gateway;

/// <summary>The gateway: the one front door, routing each API to its service and the rest to the web front end.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        var options = builder.AddGatewayProtection();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes(options.ApiDocuments), GatewayRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();

        var app = builder.Build();

        app.UsePersonAddress();
        app.UseGatewayProtection();
        // The front door: it caps sizes itself (Gateway:MaxRequestBodyBytes) and each service then applies its endpoint's limit.
        app.UseServiceDefaults(behindTheGateway: false);
        app.UseCallerRateLimits();
        app.MapReverseProxy();
        if (options.ApiDocuments)
        {
            app.MapScalarApiReference("/docs", scalar => scalar
                .WithTitle("Safeguarding Partnership QA API")
                .AddDocuments(GatewayRoutes.AreasByService.Keys))
                .AllowAnonymous();
        }

        app.Map("/api/{**rest}", UnknownRoute.NotFound).AllowAnonymous();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
