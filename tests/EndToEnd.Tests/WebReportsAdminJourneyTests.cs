using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The administrator downloads an export, follows to the end a rebuild of every partnership's reports that only the
/// platform operator may start, and then rebuilds the partnership's own reports from the page.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebReportsAdminJourneyTests(WholeSystem system)
{
    // The progress script's status requests: held while a page that shows a running rebuild is checked.
    private const string RebuildStatus = "**/reports/rebuild/status";

    private sealed record RebuildDto(DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, bool Failed);

    [Fact]
    public async Task The_administrator_downloads_an_export_follows_the_operators_rebuild_and_rebuilds_the_partnerships_own()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("admin@st-helens.example.org", "demo-password-admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Exports", Exact = true }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV of organisations" }).ClickAsync());
        Assert.Equal("organisations.csv", download.SuggestedFilename);
        var saved = Path.Combine(StaffBrowser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.Contains("Merseyside Police", await File.ReadAllTextAsync(saved), StringComparison.Ordinal);
        await browser.CheckPageAsync("admin-reports");

        // The operator's token names no partnership, so no partnership's data answers it; the rebuild does.
        var platformOperator = await system.PlatformOperatorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await platformOperator.GetAsync("/api/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await platformOperator.PostAsync("/api/operations/reports/rebuild", JsonContent.Create(new { }))).StatusCode);

        await using (await browser.HoldRequestsAsync(RebuildStatus))
        {
            await page.ReloadAsync();
            await browser.CheckPageAsync("admin-rebuild-started");
        }

        // The page follows the rebuild by itself (the progress script reloads it when it ends).
        await page.GetByText("The last rebuild finished", new() { Exact = false }).WaitForAsync(new() { Timeout = 120_000 });
        Assert.True(await page.Locator("#figures-behind").IsVisibleAsync());
        await browser.CheckPageAsync("admin-rebuild-finished");

        await using (await browser.HoldRequestsAsync(RebuildStatus))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Rebuild the partnership's reports" }).ClickAsync();
            await page.GetByText("The partnership's reports are being rebuilt").WaitForAsync();
            await browser.CheckPageAsync("admin-own-rebuild-started");
        }

        await page.Locator("#figures-behind").WaitForAsync(new() { Timeout = 120_000 });
        Assert.StartsWith("The last rebuild finished", await page.Locator("[data-progress-text]").InnerTextAsync(), StringComparison.Ordinal);
        var everyPartnerships = await (await platformOperator.GetAsync("/api/operations/reports/rebuild")).ReadAsync<RebuildDto>();
        var own = await (await system.Gateway(DemoPartnershipAudits.Partnership, Roles.Admin).GetAsync("/api/reports/rebuild")).ReadAsync<RebuildDto>();
        Assert.True(own.StartedAt >= everyPartnerships.FinishedAt, $"{own} started before {everyPartnerships} ended");
        Assert.False(own.Failed);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
