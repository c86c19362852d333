using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Tests;

/// <summary>The staff front end, as deployed, reading from <see cref="NewerApi"/> for a member of staff already signed in.</summary>
public sealed class WebWithNewerApi(OddData data) : WebApplicationFactory<Program>
{
    /// <summary>Reads the pages made that no API document describes (each answered 404).</summary>
    public ConcurrentBag<string> Undocumented { get; } = [];

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Auth:Authority", "http://identity.invalid");
        builder.UseSetting("Web:Gateway", "http://gateway.invalid");
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = SignedInStaff.Name;
                    options.DefaultChallengeScheme = SignedInStaff.Name;
                })
                .AddScheme<AuthenticationSchemeOptions, SignedInStaff>(SignedInStaff.Name, null);
            services.AddHttpClient<GatewayApi>().ConfigurePrimaryHttpMessageHandler(() => new NewerApi(data, Undocumented));
        });
    }
}
