using System.Net;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Another partnership the police serve asks for them: St Helens' coordinator agrees it may add them to its directory,
/// and the police, once invited there, agree to share what they submit in St Helens with it, then stop.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebSharingJourneyTests(WholeSystem system)
{
    private sealed record SharingDto(List<string> SharedWith, List<string> AskedBy);

    [Fact]
    public async Task The_coordinator_agrees_a_neighbour_adds_the_police_and_the_police_share_their_submission_with_it_then_stop()
    {
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var neighbour = TestTokens.NewPartnership();
        var theirs = system.Gateway(neighbour);
        (await theirs.PostJsonAsync($"/api/organisations/{police}/join", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/organisations/{police}")).StatusCode);

        await using (var coordinator = await StaffBrowser.OpenAsync(system.GatewayAddress))
        {
            await coordinator.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
            await coordinator.Page.GetByRole(AriaRole.Link, new() { Name = "Directory", Exact = true }).ClickAsync();
            await coordinator.CheckPageAsync("coordinator-directory-requests");
            await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = $"Agree to {neighbour} on Merseyside Police" }).ClickAsync();
            Assert.Equal($"You agreed to what {neighbour} asked of Merseyside Police", await coordinator.BannerAsync());
            Assert.Equal(0, await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = $"Agree to {neighbour} on Merseyside Police" }).CountAsync());
            await coordinator.CheckEveryPageVisitedAsync();
            Assert.Empty(coordinator.Problems);
        }

        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/api/organisations/{police}")).StatusCode);
        var year = DateTime.UtcNow.Year + 1;
        var cycle = await (await theirs.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<IdDto>();
        // Section 11 learns the neighbour's directory from Programme's events: the police may take a moment to arrive.
        await Eventually.Get(
            () => theirs.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/invitations", new { organisationIds = new[] { police } }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));

        await using var auditor = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = auditor.Page;
        await auditor.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Self-assessments", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "choose which of them receive what you submit here" }).ClickAsync();
        await auditor.CheckPageAsync("auditor-sharing");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Share with {neighbour}" }).ClickAsync();
        Assert.Equal($"What you submit here now reaches {neighbour}", await auditor.BannerAsync());
        Assert.Equal((true, false), await SharingAsync(police, neighbour));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Stop sharing with {neighbour}" }).ClickAsync();
        Assert.Equal($"You no longer share with {neighbour}", await auditor.BannerAsync());
        Assert.Equal((false, true), await SharingAsync(police, neighbour));
        await auditor.CheckPageAsync("auditor-sharing-stopped");
        await auditor.CheckEveryPageVisitedAsync();
        Assert.Empty(auditor.Problems);
    }

    /// <summary>Whether the police in St Helens share with the neighbour, and whether the neighbour waits for them.</summary>
    private async Task<(bool Shares, bool Waits)> SharingAsync(Guid police, string neighbour)
    {
        var sharing = await (await system.Gateway(DemoPartnershipAudits.Partnership, Roles.AgencyAuditor, police)
            .GetAsync($"/api/section11/organisations/{police}/sharing")).ReadAsync<SharingDto>();
        return (sharing.SharedWith.Contains(neighbour), sharing.AskedBy.Contains(neighbour));
    }
}
