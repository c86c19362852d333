using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A Board member reads the published programme, the dashboard (case grades, actions and Section 11 compliance as
/// pictures with their figures as tables) and downloads the Board report.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebBoardJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task A_board_member_reads_the_published_programme_and_the_dashboard_and_downloads_the_board_report()
    {
        var year = DemoPartnershipAudits.ThisYear;
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var council = await DemoPartnershipAudits.OrganisationAsync(system, "St Helens Borough Council");
        var theme = $"Children missing education {Guid.NewGuid().ToString("N")[..6]}";
        await DemoPartnershipAudits.WithMeetingHeldAsync(system, theme, "SH-2026-301", ["good", "good", "requires-improvement", "inadequate"], police);
        var coordinator = system.Gateway(DemoPartnershipAudits.Partnership);
        var programme = await DemoPartnershipAudits.ProgrammeAsync(system, year);
        (await coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/publish", new { })).EnsureSuccessStatusCode();
        await Section11ScoredAsync(year, police, council);
        var action = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new { what = "Publish the missing-education protocol", why = theme, ownerOrganisationId = council, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Created, action.StatusCode);
        // Reporting hears every service's events; the dashboard is read once it has the meeting's grades.
        await Eventually.Get(
            () => coordinator.GetAsync($"/api/reports/themes/{Uri.EscapeDataString(theme)}"),
            r => r.Content.ReadAsStringAsync().Result.Contains("\"casesGraded\":4", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        await Eventually.Get(
            () => coordinator.GetAsync($"/api/reports/overview?year={year}"),
            r => !r.Content.ReadAsStringAsync().Result.Contains("\"actions\":{\"total\":0", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("board@st-helens.example.org", "demo-password-board");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programme", Exact = true }).ClickAsync();
        Assert.Equal("The audit programme", await page.Locator("h1").InnerTextAsync());
        Assert.Contains(theme, await page.Locator("table", new() { HasText = $"What the {year} programme schedules" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = $"Timeline of the {year} programme" }).IsVisibleAsync());
        await browser.CheckPageAsync("board-programme");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        Assert.Equal($"Dashboard for {year}", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = $"Case grades agreed at audit meetings, {year}" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Improvement actions by status" }).IsVisibleAsync());
        await page.GetByText("Show the scores as a table").ClickAsync();
        var heatMap = page.Locator("table", new() { HasText = $"Section 11 scores by organisation and standard, {year}, as a table" });
        Assert.Contains("Merseyside Police", await heatMap.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Moderated 1 (self-score 3)", await heatMap.InnerTextAsync(), StringComparison.Ordinal);

        // The theme's trend, and the grades as a table for those who would rather read than look.
        await page.GetByLabel("Audit theme").SelectOptionAsync(theme);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).Last.ClickAsync();
        Assert.Contains("50%", await page.GetByRole(AriaRole.Img, new() { Name = $"Cases good or better, {theme}, by year" }).Locator("desc").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByText("Show the figures as a table").First.ClickAsync();
        var grades = await page.Locator("table", new() { HasText = "Case grades agreed at audit meetings" }).InnerTextAsync();
        Assert.Contains("Inadequate", grades, StringComparison.Ordinal);
        await browser.CheckPageAsync("board-dashboard");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        Assert.Equal($"board-report-{year}.pdf", download.SuggestedFilename);
        var saved = Path.Combine(StaffBrowser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(saved), StringComparison.Ordinal);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    /// <summary>This year's Section 11 cycle: both agencies score every indicator 3; the police's 1.1 is moderated down to 1.</summary>
    private async Task Section11ScoredAsync(int year, Guid police, Guid council)
    {
        var cycle = await DemoPartnershipCycles.OpenAsync(system, "section11", year, [police, council], scheme: "self-score-0-3");
        foreach (var agency in new[] { police, council })
        {
            await DemoPartnershipCycles.ScoreAsync(system, cycle, agency);
            (await system.Gateway(DemoPartnershipAudits.Partnership, Roles.AgencyAuditor, agency).PostJsonAsync($"{cycle.AssessmentOf(agency)}/submit", new { })).EnsureSuccessStatusCode();
        }

        (await system.Gateway(DemoPartnershipAudits.Partnership).PostJsonAsync($"{cycle.AssessmentOf(police)}/moderation", new { indicator = "1.1", score = "1", rationale = "The board minutes do not show it." })).EnsureSuccessStatusCode();
    }
}
