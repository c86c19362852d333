using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

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
        await browser.ExpectErrorsAsync(["Enter the name of the organisation, in 200 characters or fewer", "Select what kind of organisation it is"]);
        await browser.CheckPageAsync("coordinator-directory-error");

        await page.GetByLabel("Name of the organisation").FillAsync(school);
        await page.GetByLabel("School or college").CheckAsync();
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("Academy");
        await page.GetByLabel("Their role").SelectOptionAsync("designated-safeguarding-lead");
        await page.GetByLabel("Their name").FillAsync("Designated lead");
        await page.GetByLabel("Their work email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the contact's work email address, like name@example.org"]);
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
        await browser.ExpectErrorsAsync(["Enter the theme, in 200 characters or fewer", "Select where the priority comes from", "Enter why it matters now"]);
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
        await browser.ExpectErrorsAsync(["Enter the theme, in 200 characters or fewer"]);
        await browser.CheckPageAsync("coordinator-programme-item-error");
        await page.GetByLabel("Theme").FillAsync("Neglect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal("Neglect is changed", await browser.BannerAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        Assert.Equal("Version 1 is published", await browser.BannerAsync());

        // A revision: an item removed, with its reason, and published as version 2 with what changed.
        await page.Locator("table tr", new() { HasText = "Section 175 cycle" }).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter why the item is being removed, in 1,000 characters or fewer"]);
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

    [Fact]
    public async Task The_priorities_page_shows_every_priority_when_the_api_answers_them_in_more_than_one_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        // A coordinator of their own, so the rate limit counts these requests apart from other tests'.
        var coordinator = system.Gateway().WithToken(LocalTokenIssuer.Issue(TestTokens.Options, $"bulk-{tag}", DemoPartnershipAudits.Partnership, [Roles.Coordinator]));
        await Parallel.ForAsync(0, Paging.MaxPageSize + 1, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync("/api/programmes/priorities", new
            {
                route = "PracticeReview",
                theme = $"Recorded in bulk {tag} number {i}",
                rationale = "More priorities than one page of the API holds.",
            })).StatusCode));
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GotoAsync("/programme/priorities");

        Assert.Equal(Paging.MaxPageSize + 1, await page.Locator(".govuk-summary-list__row", new() { HasText = $"Recorded in bulk {tag} number" }).CountAsync());
    }

    [Fact]
    public async Task Two_coordinators_change_the_same_programme_item_and_the_second_sees_both_versions_and_loses_nothing()
    {
        const int Year = 2029;
        var coordinator = system.Gateway(DemoPartnershipAudits.Partnership);
        var programme = (await (await coordinator.PostJsonAsync("/api/programmes", new { year = Year })).ReadAsync<IdDto>()).Id;
        var scheduled = await (await coordinator.PostJsonAsync($"/api/programmes/{programme}/items", new
        {
            kind = "ThematicAudit",
            quarter = 2,
            theme = "Domestic abuse",
            categories = new[] { "ChildInNeed" },
        })).ReadAsync<JsonElement>();
        var item = scheduled.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("theme").GetString() == "Domestic abuse").GetProperty("itemId").GetGuid();

        // A second coordinator, with an account of their own, from the council like the demo one.
        var email = $"coordinator-{Guid.NewGuid():N}@st-helens.example.org";
        var council = await DemoPartnershipAudits.OrganisationAsync(system, "St Helens Borough Council");
        var signedIn = system.Gateway().WithToken((await system.StaffBrowser().SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator")).AccessToken);
        (await signedIn.PostJsonAsync("/api/users", new { email, name = "Second Coordinator", organisationId = council, roles = new[] { Roles.Coordinator } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await system.StaffBrowser().SetPasswordAsync(await system.Mail.SetPasswordLinkSentTo(email), "a coordinator passphrase")).StatusCode);

        await using var first = await StaffBrowser.OpenAsync(system.GatewayAddress);
        await using var second = await StaffBrowser.OpenAsync(system.GatewayAddress);
        await first.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await second.SignInAsync(email, "a coordinator passphrase");
        foreach (var browser in new[] { first, second })
        {
            await browser.Page.GotoAsync($"/programme/{Year}/items/{item}");
            Assert.Equal("Domestic abuse", await browser.Page.GetByLabel("Theme").InputValueAsync());
        }

        await first.Page.GetByLabel("Theme").FillAsync("Domestic abuse and neglect");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal("Domestic abuse and neglect is changed", await first.BannerAsync());

        var page = second.Page;
        await page.GetByLabel("Theme").FillAsync("Domestic abuse in teenage relationships");
        await page.GetByLabel("Lead (optional)").FillAsync("Health sub-group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await second.ExpectErrorsAsync(["Someone else changed this after you opened it, so nothing was saved. The page now shows what is saved; what you typed is kept. Check it, then send it again."]);
        var both = page.Locator("#changed-meanwhile tr", new() { HasText = "Theme" });
        Assert.Equal("Domestic abuse and neglect", await both.Locator("td").Nth(0).InnerTextAsync());
        Assert.Equal("Domestic abuse in teenage relationships", await both.Locator("td").Nth(1).InnerTextAsync());
        Assert.Equal("Health sub-group", await page.Locator("#changed-meanwhile tr", new() { HasText = "Lead" }).Locator("td").Nth(1).InnerTextAsync());
        Assert.Equal("Domestic abuse in teenage relationships", await page.GetByLabel("Theme").InputValueAsync());
        Assert.Equal("Health sub-group", await page.GetByLabel("Lead (optional)").InputValueAsync());
        await second.CheckPageAsync("coordinator-programme-item-changed-meanwhile");

        // Having seen both, the second coordinator keeps their own: the save now names the version they were shown.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        Assert.Equal("Domestic abuse in teenage relationships is changed", await second.BannerAsync());
        var saved = (await (await coordinator.GetAsync($"/api/programmes/{programme}")).ReadAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetGuid() == item);
        Assert.Equal("Domestic abuse in teenage relationships", saved.GetProperty("theme").GetString());
        Assert.Equal("Health sub-group", saved.GetProperty("lead").GetString());
        Assert.Empty(first.Problems);
        Assert.Empty(second.Problems);
    }
}
