using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The coordinator runs this year's Section 175 cycle: opens it, invites a school, chases it, then challenges and
/// moderates the school's submitted return and sends feedback once the challenge is answered.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebSection11CycleJourneyTests(WholeSystem system)
{
    private const string School = "Demo Brookfield Primary School";

    [Fact]
    public async Task The_coordinator_runs_a_section_175_cycle_from_invitation_to_feedback()
    {
        var year = DateTime.UtcNow.Year;
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
        var school = await DemoPartnershipAudits.OrganisationAsync(system, School);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Section 11", Exact = true }).ClickAsync();
        await page.GetByLabel("Section 175 (schools and colleges)").CheckAsync();
        await page.GetByLabel("Year", new() { Exact = true }).First.FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#deadline").FillAsync(deadline.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#deadline-month").FillAsync(deadline.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#deadline-year").FillAsync(deadline.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        Assert.StartsWith("The Section 175 cycle is open", await browser.BannerAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-section11-cycles");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Section 175 {year}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite them" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Select at least one organisation to invite"]);
        await page.GetByLabel(School).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite them" }).ClickAsync();
        Assert.StartsWith("They are invited", await browser.BannerAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remind everyone who has not returned" }).ClickAsync();
        Assert.Equal("Reminders are sent", await browser.BannerAsync());
        var row = page.Locator("table tr", new() { HasText = School });
        Assert.Contains("Not started", await row.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-section175-cycle");

        // The school completes, signs off and submits its return (its own journey is the self-assessment one).
        var cycleId = Guid.Parse(page.Url.Split('/')[^1].Split('?')[0]);
        var cycle = await DemoPartnershipCycles.ReadAsync(system, "section175", cycleId);
        var assessment = cycle.AssessmentOf(school);
        var schoolAuditor = system.Gateway(DemoPartnershipAudits.Partnership, Roles.AgencyAuditor, school);
        var indicators = cycle.Indicators.ToList();
        await DemoPartnershipCycles.ScoreAsync(system, cycle, school);

        var withEvidence = await (await schoolAuditor.PostJsonAsync($"{assessment}/evidence", new { indicator = indicators[0], title = "Safeguarding policy", appliesOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)) })).ReadAsync<JsonElement>();
        var file = new ByteArrayContent("%PDF-1.7\n% policy\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        (await schoolAuditor.PutAsync($"{assessment}/evidence/{withEvidence.GetProperty("evidence")[0].GetProperty("evidenceId").GetGuid()}/file", new MultipartFormDataContent { { file, "file", "policy.pdf" } })).EnsureSuccessStatusCode();
        foreach (var role in new[] { "head-teacher", "safeguarding-governor" })
        {
            (await schoolAuditor.PostJsonAsync($"{assessment}/sign-off", new { role, name = role == "head-teacher" ? "Head teacher" : "Safeguarding governor" })).EnsureSuccessStatusCode();
        }

        (await schoolAuditor.PostJsonAsync($"{assessment}/submit", new { })).EnsureSuccessStatusCode();

        // Scrutiny in the browser.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = School }).ClickAsync();
        Assert.Equal("Submitted", await page.Locator("main .govuk-tag").First.InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "policy.pdf" }).ClickAsync());
        Assert.Equal("policy.pdf", download.SuggestedFilename);
        await page.Locator("#challenge-indicator").SelectOptionAsync(indicators[0]);
        await page.GetByLabel("What would you like the organisation to show or explain?").FillAsync("Which staff have had the annual update?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the challenge" }).ClickAsync();
        Assert.Equal("The challenge is sent to the organisation", await browser.BannerAsync());
        await page.Locator("#moderate-indicator").SelectOptionAsync(indicators[1]);
        await page.GetByRole(AriaRole.Group, new() { Name = "The moderated score" }).GetByRole(AriaRole.Radio).Last.CheckAsync();
        await page.GetByLabel("Why", new() { Exact = true }).FillAsync("No record of the governors' annual review.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the moderated score" }).ClickAsync();
        Assert.Equal("The moderated score is recorded", await browser.BannerAsync());

        // Feedback waits for the school's answer to the challenge.
        await page.GetByLabel("What the partnership found").FillAsync("A strong return; governance of safeguarding needs recording.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the feedback" }).ClickAsync();
        Assert.Contains("still waiting for the organisation's answer", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("A strong return; governance of safeguarding needs recording.", await page.GetByLabel("What the partnership found").InputValueAsync());
        await browser.CheckPageAsync("coordinator-section175-review-error");
        var challenge = (await (await schoolAuditor.GetAsync(assessment)).ReadAsync<JsonElement>()).GetProperty("challenges")[0].GetProperty("challengeId").GetGuid();
        (await schoolAuditor.PostJsonAsync($"{assessment}/challenges/{challenge}/answer", new { answer = "All 42 staff, in September." })).EnsureSuccessStatusCode();

        // The school answered after the page was drawn: the feedback is not sent over an answer the coordinator has
        // not seen. The page now shows the answer and still holds the feedback.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the feedback" }).ClickAsync();
        Assert.StartsWith("Someone else changed this after you opened it", await page.Locator(".govuk-error-summary").InnerTextAsync() is var text ? text[text.IndexOf("Someone", StringComparison.Ordinal)..] : "", StringComparison.Ordinal);
        Assert.Contains("All 42 staff, in September.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("A strong return; governance of safeguarding needs recording.", await page.GetByLabel("What the partnership found").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the feedback" }).ClickAsync();
        Assert.Equal("The feedback is sent to the organisation", await browser.BannerAsync());
        Assert.Contains("governance of safeguarding needs recording", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-section175-review");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
