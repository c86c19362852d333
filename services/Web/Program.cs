using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.Web.Api;
using Safeguarding.Web.Components;
using Safeguarding.Web.Downloads;
using Safeguarding.Web.SignIn;

namespace Safeguarding.Web;

/// <summary>The staff web front end: server-rendered pages that read and write through the gateway with the person's own token.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddHostDefaults();
        builder.AddStaffSignIn();
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient<GatewayApi>(http =>
        {
            http.BaseAddress = new Uri(builder.Configuration["Web:Gateway"] ?? "http://gateway");
            if (builder.Configuration["Web:GatewayKey"] is { Length: > 0 } key)
            {
                http.DefaultRequestHeaders.Add(PersonAddressHeaders.Key, key);
            }
        });

        var app = builder.Build();

        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaffSignOut();
        app.MapDownloads();
        app.MapRazorComponents<App>();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
