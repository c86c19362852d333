using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// The signed-in session (claims and tokens) stays on the server; the browser's cookie carries only its key. Tokens
/// never reach the browser, even encrypted, and the cookie stays small enough for every proxy on the way.
/// One instance keeps sessions in memory, so a restart signs staff out; several instances would share a distributed cache.
/// </summary>
public sealed class ServerSideSessions(IMemoryCache cache, TimeProvider clock) : ITicketStore
{
    private const string Prefix = "session:";

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        Keep(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Keep(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(cache.Get<AuthenticationTicket>(Prefix + key));

    public Task RemoveAsync(string key)
    {
        cache.Remove(Prefix + key);
        return Task.CompletedTask;
    }

    private void Keep(string key, AuthenticationTicket ticket) =>
        cache.Set(Prefix + key, ticket, ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().AddHours(8));
}

/// <summary>Gives the cookie scheme its server-side store once the container can build it.</summary>
public sealed class UseServerSideSessions(ServerSideSessions sessions) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == StaffSignIn.CookieScheme)
        {
            options.SessionStore = sessions;
        }
    }
}
