using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>The police auditor scores their Section 11 self-assessment standard by standard, uploads evidence and submits it.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebSelfAssessmentJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task The_police_auditor_scores_uploads_evidence_and_submits_their_section_11_self_assessment()
    {
        // Last year's cycle, still open (its deadline may fall in the year after): the Board journey uses this year's.
        var year = DateTime.UtcNow.Year - 1;
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var cycle = await DemoPartnershipCycles.OpenAsync(system, "section11", year, [police]);
        var first = cycle.Standards[0];
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Self-assessments", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Section 11 self-assessment {year}" }).ClickAsync();
        await browser.CheckPageAsync("auditor-self-assessment");

        // Standard 1: a narrative without its score is named; then every indicator scored.
        await page.GetByRole(AriaRole.Link, new() { Name = "Standard 1:", Exact = false }).ClickAsync();
        await page.GetByLabel($"What shows {first[0]} is met (optional)").FillAsync("Named senior lead; safeguarding on the force's risk register.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await browser.ExpectErrorsAsync([$"{first[0]}: select a score for what you have written"]);
        Assert.Equal("Named senior lead; safeguarding on the force's risk register.", await page.GetByLabel($"What shows {first[0]} is met (optional)").InputValueAsync());
        await browser.CheckPageAsync("auditor-self-assessment-standard-error");
        foreach (var indicator in first)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = indicator }).First.GetByRole(AriaRole.Radio).First.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        Assert.Equal("Standard 1 is saved", await browser.BannerAsync());

        // Submitting early is refused, pointing at the next standard to score.
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit your self-assessment" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Score every indicator before submitting: start with standard 2"]);

        // Evidence, with its document.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add evidence" }).ClickAsync();
        await page.GetByLabel("Which indicator does it show?").SelectOptionAsync(first[0]);
        await page.GetByLabel("What is it?").FillAsync("Force safeguarding board minutes");
        var month = DateTime.UtcNow.AddMonths(-1);
        await page.Locator("#appliesOn").FillAsync("4");
        await page.Locator("#appliesOn-month").FillAsync(month.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#appliesOn-year").FillAsync(month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Upload the document").SetInputFilesAsync(new FilePayload { Name = "minutes.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n% minutes\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        Assert.Equal("Force safeguarding board minutes is added", await browser.BannerAsync());
        Assert.Contains("minutes.pdf", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("auditor-self-assessment-evidence");

        // The other standards through the API (the same pages, seven more times), then submitted in the browser.
        await DemoPartnershipCycles.ScoreAsync(system, cycle, police, cycle.Standards.Skip(1).SelectMany(s => s));

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-assessment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit your self-assessment" }).ClickAsync();
        Assert.Equal("Submitted", await page.Locator(".govuk-panel__title").InnerTextAsync());
        await browser.CheckPageAsync("auditor-self-assessment-submitted");
        var assessment = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync(cycle.AssessmentOf(police))).ReadAsync<JsonElement>();
        Assert.Equal("Submitted", assessment.GetProperty("status").GetString());
        Assert.Equal("minutes.pdf", assessment.GetProperty("evidence")[0].GetProperty("file").GetProperty("fileName").GetString());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
