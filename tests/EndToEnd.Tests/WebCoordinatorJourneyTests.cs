using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>The coordinator keeps the partnership directory and builds next year's programme: proposed, edited, published, revised.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebCoordinatorJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task The_coordinator_adds_a_school_to_the_directory_after_the_error_summary_names_what_is_missing()
    {
        var school = $"Haydock Community Primary {Guid.NewGuid().ToString("N")[..6]}";
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Directory", Exact = true }).ClickAsync();
        Assert.Contains("Merseyside Police", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-directory");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        Assert.Equal(
            ["Enter the name of the organisation, in 200 characters or fewer", "Select what kind of organisation it is"],
            await summary.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await browser.CheckPageAsync("coordinator-directory-error");

        await page.GetByLabel("Name of the organisation").FillAsync(school);
        await page.GetByLabel("School or college").CheckAsync();
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("Academy");
        await page.GetByLabel("Their role").SelectOptionAsync("designated-safeguarding-lead");
        await page.GetByLabel("Their name").FillAsync("Designated lead");
        await page.GetByLabel("Their work email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        Assert.Equal(["Enter the contact's work email address, like name@example.org"], await summary.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        Assert.Equal(school, await page.GetByLabel("Name of the organisation").InputValueAsync());
        await page.GetByLabel("Their work email address").FillAsync("dsl@haydock.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();

        Assert.Equal($"{school} is in the directory", await browser.BannerAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Schools and colleges" }).ClickAsync();
        var listed = await page.Locator("table").InnerTextAsync();
        Assert.Contains(school, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Merseyside Police", listed, StringComparison.Ordinal);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task The_coordinator_proposes_next_years_programme_edits_it_publishes_it_and_publishes_a_revision()
    {
        var year = DateTime.UtcNow.Year + 1;
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programme", Exact = true }).ClickAsync();

        // A priority first (the coordinator's own is accepted as it is recorded), so the proposed year audits it.
        var priority = $"Neglect of adolescents {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "priorities" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record priority" }).ClickAsync();
        Assert.Equal(
            ["Enter the theme, in 200 characters or fewer", "Select where the priority comes from", "Enter why it matters now"],
            await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await page.GetByLabel("Theme").FillAsync(priority);
        await page.GetByLabel("A practice review").CheckAsync();
        await page.GetByLabel("Why it matters now").FillAsync("Two rapid reviews this year involved neglected teenagers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record priority" }).ClickAsync();
        Assert.Equal($"{priority} is an accepted priority", await browser.BannerAsync());
        Assert.True(await page.Locator(".govuk-summary-list__row", new() { HasText = priority }).IsVisibleAsync());
        await browser.CheckPageAsync("coordinator-priorities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the programme" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"the {year} programme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Start the {year} programme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a year from the priorities" }).ClickAsync();
        Assert.Contains("A year is proposed", await page.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        var draft = page.Locator("table", new() { HasText = "What the draft schedules" });
        Assert.Contains("Section 11 cycle", await draft.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(priority, await draft.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-programme-draft");

        // The first quarter's audit gets its theme.
        await draft.Locator("tr", new() { HasText = "quarter 1" }).Filter(new() { HasText = "Thematic audit" }).GetByRole(AriaRole.Link, new() { Name = "Change" }).ClickAsync();
        await page.GetByLabel("Theme").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal(["Enter the theme, in 200 characters or fewer"], await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await browser.CheckPageAsync("coordinator-programme-item-error");
        await page.GetByLabel("Theme").FillAsync("Neglect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal("Neglect is changed", await browser.BannerAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        Assert.Equal("Version 1 is published", await browser.BannerAsync());

        // A revision: an item removed, with its reason, and published as version 2 with what changed.
        await page.Locator("table tr", new() { HasText = "Section 175 cycle" }).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        Assert.Equal(["Enter why the item is being removed, in 1,000 characters or fewer"], await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await page.GetByLabel("Why is it being removed?").FillAsync("Schools' self-assessment moves to the regional cycle this year.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        Assert.Contains("Removed: ", await page.Locator("ul.govuk-list--bullet").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-programme-published");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the published programme" }).ClickAsync();
        var published = await page.Locator("table", new() { HasText = $"What the {year} programme schedules" }).InnerTextAsync();
        Assert.Contains("Neglect", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Section 175 cycle", published, StringComparison.Ordinal);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
