using Microsoft.EntityFrameworkCore;
using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Demo;
using Safeguarding.Identity.Tokens;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddDbContext<IdentityDbContext>(options => options.UseNpgsql(builder.Configuration.GetConnectionString("identity-db")).UseOpenIddict());
builder.Services.AddOpenIddict()
    .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
    .AddServer(server => server
        .SetIssuer(new Uri(builder.Configuration["Identity:Issuer"] ?? "http://identity/"))
        .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
        .AllowClientCredentialsFlow()
        .SetAccessTokenLifetime(TimeSpan.FromMinutes(10))
        .DisableAccessTokenEncryption()
        .AddConfiguredKeys(builder.Configuration, builder.Environment)
        .UseAspNetCore()
        .EnableTokenEndpointPassthrough()
        .DisableTransportSecurityRequirement());
builder.AddApiDocument();
builder.Services.AddHostedService<DemoClientsSeeder>();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.EnsureCreatedAsync();
}

app.UseServiceDefaults();
app.MapApiDocument();
app.MapTokenEndpoint();
app.MapClientsApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
