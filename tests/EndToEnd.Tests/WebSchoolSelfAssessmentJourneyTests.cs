using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A school's designated safeguarding lead, given an account by the coordinator, finds last year's Section 175
/// self-assessment, is told it needs its sign-offs, has the head teacher and the governor sign it off, and submits it.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebSchoolSelfAssessmentJourneyTests(WholeSystem system)
{
    private const string School = "Demo Millbrook Primary School";

    [Fact]
    public async Task A_school_signs_off_and_submits_its_section_175_self_assessment()
    {
        var year = DateTime.UtcNow.Year - 1;
        var school = await DemoPartnershipAudits.OrganisationAsync(system, School);
        var cycle = await DemoPartnershipCycles.OpenAsync(system, "section175", year, [school]);

        // The school's lead gets an account from the coordinator and sets their own password.
        var email = $"dsl-{Guid.NewGuid():N}@millbrook.example.org";
        var signedInCoordinator = system.Gateway().WithToken((await system.StaffBrowser().SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator")).AccessToken);
        (await signedInCoordinator.PostJsonAsync("/api/users", new { email, name = "Millbrook DSL", organisationId = school, roles = new[] { Roles.AgencyAuditor } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await system.StaffBrowser().SetPasswordAsync(await system.Mail.SetPasswordLinkSentTo(email), "a school passphrase")).StatusCode);

        // Every indicator scored (the scoring pages are the Section 11 journey's), so only the sign-offs are missing.
        await DemoPartnershipCycles.ScoreAsync(system, cycle, school);

        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;
        await browser.SignInAsync(email, "a school passphrase");
        await page.GetByRole(AriaRole.Link, new() { Name = "Self-assessments", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Section 175 self-assessment {year}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit your self-assessment" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Have the head teacher and the safeguarding governor sign it off before submitting"]);
        await browser.CheckPageAsync("school-self-assessment-sign-off-missing");

        foreach (var (role, name) in new[] { ("Head teacher", "Head of Millbrook"), ("Safeguarding governor", "Chair of governors") })
        {
            await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Their name").FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign it off" }).ClickAsync();
            Assert.Equal("The sign-off is recorded", await browser.BannerAsync());
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit your self-assessment" }).ClickAsync();
        Assert.Equal("Submitted", await page.Locator(".govuk-panel__title").InnerTextAsync());
        var assessment = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync(cycle.AssessmentOf(school))).ReadAsync<JsonElement>();
        Assert.Equal("Submitted", assessment.GetProperty("status").GetString());
        Assert.Equal(2, assessment.GetProperty("signOffs").GetArrayLength());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
