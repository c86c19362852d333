using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Safeguarding.Testing;

/// <summary>The in-memory server has no network: this puts a test request's connection where its header says.</summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (http.Request.Headers[Header].SingleOrDefault() is { } peer)
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            }

            return nextMiddleware(http);
        });
        next(app);
    };
}
