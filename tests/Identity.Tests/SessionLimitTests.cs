using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>
/// A session ends at its configured limit after the password was typed (6 hours here; 12 by default) however busy it
/// is, and after 30 minutes without a refresh; the clock is the service's own, moved by the test.
/// </summary>
public sealed class SessionLimitTests(ProgrammeDirectory directory, MailedLinks mail) : IAsyncLifetime, IClassFixture<ProgrammeDirectory>, IClassFixture<MailedLinks>
{
    private const string WebSecret = "test-web-client-secret";
    private static readonly Uri WebRedirect = new("https://web.test/signin-oidc");
    private readonly string _partnership = TestTokens.NewPartnership();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync(
            "identity-db",
            configureServices: services =>
            {
                directory.Route(services);
                mail.Route(services, () => _host);
                services.AddSingleton<TimeProvider>(_clock);
            },
            settings: new Dictionary<string, string>(MailedLinks.IdentitySettings)
            {
                ["Identity:WebClient:ClientSecret"] = WebSecret,
                ["Identity:WebClient:RedirectUris:0"] = WebRedirect.ToString(),
                [ProgrammeDirectory.Address.Key] = ProgrammeDirectory.Address.Value,
                ["Identity:SessionHours"] = "6",
            });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private StaffSignIn NewBrowser() =>
        new(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "safeguarding-web", WebSecret, WebRedirect);

    private async Task<StaffTokens> SignedInAsync()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        var organisationId = await directory.RegisterAsync(_partnership, "Merseyside Police");
        var coordinator = _host.ClientFor(_partnership, Roles.Coordinator);
        (await coordinator.PostJsonAsync("/api/users", new { email, name = "Sam Shift", organisationId, roles = new[] { Roles.PanelMember } })).EnsureSuccessStatusCode();
        var password = "three random words " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().SetPasswordAsync(await mail.LinkSentToAsync(email), password)).StatusCode);
        return await NewBrowser().SignInAsync(email, password);
    }

    [Fact]
    public async Task A_session_in_constant_use_ends_at_its_configured_limit_after_sign_in()
    {
        var tokens = await SignedInAsync();
        var refreshes = 0;
        HttpResponseMessage response;
        while (true)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            response = await NewBrowser().RefreshAsync(tokens.RefreshToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            tokens = await StaffSignIn.ReadTokensAsync(response);
            refreshes++;
        }

        // The limit here is 6 hours: 17 refreshes take the session to 5 h 40 min; the next would be at 6 h.
        Assert.Equal((HttpStatusCode.BadRequest, 17), (response.StatusCode, refreshes));
    }

    [Fact]
    public async Task A_session_left_idle_for_thirty_minutes_ends()
    {
        var tokens = await SignedInAsync();

        _clock.Advance(TimeSpan.FromMinutes(29));
        var inTime = await NewBrowser().RefreshAsync(tokens.RefreshToken);
        _clock.Advance(TimeSpan.FromMinutes(31));
        var late = await NewBrowser().RefreshAsync((await StaffSignIn.ReadTokensAsync(inTime)).RefreshToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest), (inTime.StatusCode, late.StatusCode));
    }
}
