using Safeguarding.Gateway;
using Safeguarding.Gateway.Protection;
using Safeguarding.ServiceDefaults;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayProtection();
builder.Services.AddReverseProxy()
    .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters())
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

app.UseGatewayProtection();
app.UseServiceDefaults();
app.UseCallerRateLimits();
app.MapReverseProxy();
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Safeguarding Partnership QA API")
    .AddDocuments(GatewayRoutes.AreasByService.Keys))
    .AllowAnonymous();
app.Map("/api/{**rest}", UnknownRoute.NotFound).AllowAnonymous();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
