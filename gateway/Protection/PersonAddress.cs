using System.Net;
using System.Security.Cryptography;
using System.Text;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Gateway.Protection;

/// <summary>
/// The web front end calls the API for the person in front of it and names their address, with the key it shares
/// with the gateway (<c>Gateway:WebKey</c>), in the <see cref="PersonAddressHeaders"/>. With that key the
/// gateway takes the address as the caller's, so the access log and the per-address limits see the person, not the
/// web server; without it the address is ignored. Both headers are dropped either way, so no service ever sees the key.
/// </summary>
public static class PersonAddress
{
    public static WebApplication UsePersonAddress(this WebApplication app)
    {
        var key = app.Configuration["Gateway:WebKey"] is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : null;
        app.Use((http, next) =>
        {
            var claimed = http.Request.Headers[PersonAddressHeaders.Address].ToString();
            var offered = Encoding.UTF8.GetBytes(http.Request.Headers[PersonAddressHeaders.Key].ToString());
            http.Request.Headers.Remove(PersonAddressHeaders.Address);
            http.Request.Headers.Remove(PersonAddressHeaders.Key);
            if (key is not null && CryptographicOperations.FixedTimeEquals(offered, key) && IPAddress.TryParse(claimed, out var address))
            {
                http.Connection.RemoteIpAddress = address;
            }

            return next(http);
        });
        return app;
    }
}
