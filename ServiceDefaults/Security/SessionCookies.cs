using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Session and form cookies go only over HTTPS, except on a developer's machine and in the tests' own hosts, which
/// serve plain HTTP on localhost.
/// </summary>
public static class SessionCookies
{
    public static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
