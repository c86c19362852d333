using System.Net;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Staff sign in at the front door with the authorization code flow and PKCE, and every service accepts the token
/// the Identity service issued: no test key anywhere in these journeys.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class StaffSignInJourneyTests(WholeSystem system)
{
    private sealed record OrganisationDto(Guid Id, string Name);

    private sealed record UserDto(string Id, string Email);

    [Fact]
    public async Task The_demo_coordinator_signs_in_reads_St_Helens_directory_and_gives_a_new_auditor_an_account_they_sign_in_with()
    {
        var coordinatorTokens = await system.StaffBrowser().SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        var coordinator = system.Gateway().WithToken(coordinatorTokens.AccessToken);
        var knowsley = system.Gateway().WithToken((await system.StaffBrowser().SignInAsync("coordinator@knowsley.example.org", "demo-password-knowsley")).AccessToken);

        var directory = await (await coordinator.GetAsync("/api/organisations")).ReadAsync<List<OrganisationDto>>();
        var police = directory.Single(o => o.Name == "Merseyside Police");
        Assert.Empty(await (await knowsley.GetAsync("/api/organisations")).ReadAsync<List<OrganisationDto>>());

        var email = $"auditor-{Guid.NewGuid():N}@merseyside.police.example.org";
        var registered = await (await coordinator.PostJsonAsync("/api/users", new { email, name = "New Auditor", organisationId = police.Id, roles = new[] { Roles.AgencyAuditor } }))
            .Content.ReadAsStringAsync();
        var auditorBrowser = system.StaffBrowser();
        var link = await system.Mail.SetPasswordLinkSentTo(email);
        Assert.StartsWith(auditorBrowser.Browser.BaseAddress!.ToString(), link, StringComparison.Ordinal);
        Assert.DoesNotContain("set-password", registered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await auditorBrowser.SetPasswordAsync(link, "a passphrase of my own")).StatusCode);
        var auditor = system.Gateway().WithToken((await auditorBrowser.SignInAsync(email, "a passphrase of my own")).AccessToken);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/users")).StatusCode);
        Assert.DoesNotContain(await (await knowsley.GetAsync("/api/users")).ReadAsync<List<UserDto>>(), u => u.Email == email);
    }

    [Fact]
    public async Task The_sign_in_page_at_the_front_door_is_a_page_with_its_own_stylesheet_and_cannot_be_framed()
    {
        var response = await system.StaffBrowser().Browser.GetAsync("/account/sign-in");
        var stylesheet = await system.StaffBrowser().Browser.GetAsync("/account/account.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
    }
}
