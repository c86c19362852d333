using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A neighbour cannot put itself in St Helens' region; St Helens' coordinator invites it, it joins and records a
/// trend, and St Helens takes the trend as a priority to decide.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebRegionJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task A_region_nobody_is_in_takes_its_first_partnership_only_by_the_platform_operator_s_invitation()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var joining = new { region = "south-west" };
        var invitation = new { partnershipId = partnership };

        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PutJsonAsync("/api/programmes/region", joining)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync("/api/operations/programmes/regions/south-west/invitations", invitation)).StatusCode);
        var platformOperator = await system.PlatformOperatorAsync();
        (await platformOperator.PostJsonAsync("/api/operations/programmes/regions/south-west/invitations", invitation)).EnsureSuccessStatusCode();

        (await coordinator.PutJsonAsync("/api/programmes/region", joining)).EnsureSuccessStatusCode();
        Assert.Equal("south-west", (await (await coordinator.GetAsync("/api/programmes/region")).ReadAsync<JsonElement>()).GetProperty("region").GetString());
    }

    [Fact]
    public async Task The_coordinator_invites_a_neighbour_to_the_region_and_considers_the_trend_it_records()
    {
        var neighbour = TestTokens.NewPartnership();
        var theirs = system.Gateway(neighbour);
        var theme = $"Exploitation in the night-time economy {Guid.NewGuid().ToString("N")[..6]}";
        var joining = new { region = "north-west" };
        Assert.False((await theirs.PutJsonAsync("/api/programmes/region", joining)).IsSuccessStatusCode);

        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;
        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GotoAsync("/programme/priorities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your region and the trends its partnerships share" }).ClickAsync();
        Assert.Contains("in the North West region", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-region");

        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the partnership as the platform names it: lower-case letters, digits and hyphens"]);
        await browser.CheckPageAsync("coordinator-region-error");
        await page.GetByLabel("Partnership").FillAsync(neighbour);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        Assert.Equal($"{neighbour} may now join the North West region", await browser.BannerAsync());

        (await theirs.PutJsonAsync("/api/programmes/region", joining)).EnsureSuccessStatusCode();
        (await theirs.PostJsonAsync("/api/programmes/regional-trends", new { theme, rationale = "Three partnerships see it in their audits." })).EnsureSuccessStatusCode();

        await page.GotoAsync("/programme/region");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Consider {theme}" }).ClickAsync();
        Assert.Equal($"{theme} is a priority for you to decide", await browser.BannerAsync());
        var priorities = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync("/api/programmes/priorities")).ReadAsync<List<JsonElement>>();
        var taken = Assert.Single(priorities, p => p.GetProperty("details").GetProperty("theme").GetString() == theme);
        Assert.Equal("Candidate", taken.GetProperty("status").GetString());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
