using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Tests;

/// <summary>Session and form cookies travel only over HTTPS wherever real people sign in.</summary>
public class SessionCookieTests
{
    [Theory]
    [InlineData("Production", CookieSecurePolicy.Always)]
    [InlineData("Staging", CookieSecurePolicy.Always)]
    [InlineData("Development", CookieSecurePolicy.SameAsRequest)]
    [InlineData("Testing", CookieSecurePolicy.SameAsRequest)]
    public void Cookies_are_secure_outside_a_developers_machine_and_the_tests_own_hosts(string environment, CookieSecurePolicy expected) =>
        Assert.Equal(expected, SessionCookies.SecurePolicy(new Environment(environment)));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Safeguarding.Identity";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
