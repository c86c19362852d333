using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>An agency auditor finds their organisation's action and reports its progress, put right after a mistake.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebActionJourneyTests(WholeSystem system)
{
    private sealed record OrganisationDto(Guid Id, string Name);

    [Fact]
    public async Task The_police_auditor_reports_progress_on_their_action_after_the_error_summary_names_what_is_missing()
    {
        var coordinator = system.Gateway("st-helens");
        var police = (await (await coordinator.GetAsync("/api/organisations")).ReadAsync<List<OrganisationDto>>()).Single(o => o.Name == "Merseyside Police").Id;
        var what = $"Refresh the exploitation screening checklist {Guid.NewGuid().ToString("N")[..6]}";
        var recorded = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new { what, why = "Exploitation audit: screening tool not used", ownerOrganisationId = police, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);

        await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Actions", Exact = true }).ClickAsync();
        Assert.True("Your organisation's actions" == await browser.Page.Locator("h1").InnerTextAsync(), await browser.Page.Locator("body").InnerTextAsync());
        await browser.CheckPageAsync("auditor-actions");

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = what }).ClickAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Select how the action is going", "Enter what has happened since the last update"]);
        await browser.CheckPageAsync("auditor-action-error");

        await browser.Page.GetByLabel("On track").CheckAsync();
        await browser.Page.GetByLabel("What has happened since the last update?").FillAsync("Checklist rewritten; briefings booked for every team.");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();

        Assert.Equal("Progress saved", await browser.BannerAsync());
        Assert.Contains("Checklist rewritten", await browser.Page.Locator("ol.govuk-list").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("auditor-action-saved");
        var action = await (await coordinator.GetAsync((recorded.Headers.Location ?? throw new InvalidOperationException()).ToString())).ReadAsync<JsonElement>();
        Assert.Equal("OnTrack", action.GetProperty("status").GetString());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
