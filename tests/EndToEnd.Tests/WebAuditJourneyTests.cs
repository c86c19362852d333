using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The coordinator runs a multi-agency audit through the front end from the programme to closed: terms, sample,
/// agencies, (the police return, through the API), returns closed, the meeting, the report, actions, the Board,
/// closed; the history shows every step.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebAuditJourneyTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_coordinator_runs_an_audit_from_its_terms_to_closed()
    {
        var theme = $"Domestic abuse and under-fives {Guid.NewGuid().ToString("N")[..6]}";
        var auditId = await DemoPartnershipAudits.OpenedAsync(system, DemoPartnershipAudits.Year, theme);
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audits", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = theme }).ClickAsync();
        await browser.CheckPageAsync("coordinator-audit-scoping");

        // Terms: a mistake first, then the whole of it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree the terms of reference" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree terms of reference" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        Assert.Contains("Select the audit tool", await summary.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-audit-terms-error");
        await page.GetByLabel("What does the audit ask?").FillAsync("Is risk from domestic abuse recognised for babies and toddlers?\nDo agencies share what they know?");
        await page.GetByLabel("Multi-agency case audit", new() { Exact = true }).CheckAsync();
        await browser.FillDateAsync("returnsDue", Today.AddDays(14));
        await browser.FillDateAsync("meetingDate", Today.AddDays(28));
        await browser.FillDateAsync("reportDue", Today.AddDays(42));
        await page.GetByLabel("Child protection").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree terms of reference" }).ClickAsync();
        Assert.Equal("The terms of reference are agreed", await browser.BannerAsync());

        // The sample, four cases, one mistake.
        await page.GetByRole(AriaRole.Button, new() { Name = "Select the case sample" }).ClickAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.Locator($"[id='cases[{i}].caseKey']").FillAsync(i == 2 ? "JANE-SMITH" : $"SH-2031-40{i}");
            await page.Locator($"[id='cases[{i}].category']").SelectOptionAsync("ChildProtection");
            await page.Locator($"[id='cases[{i}].profile.ageBand']").SelectOptionAsync("1-4");
            await page.Locator($"[id='cases[{i}].profile.gender']").SelectOptionAsync("male");
            await page.Locator($"[id='cases[{i}].profile.ethnicity']").SelectOptionAsync("white");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Select these cases" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Case 3: enter a pseudonymous case key such as SH-2027-001, not a name or date of birth"]);
        await page.Locator("[id='cases[2].caseKey']").FillAsync("SH-2031-402");
        await page.GetByRole(AriaRole.Button, new() { Name = "Select these cases" }).ClickAsync();
        Assert.Equal("The case sample is selected", await browser.BannerAsync());

        // The police knew every child.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell the agencies which cases they return on" }).ClickAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = $"Case SH-2031-40{i}" }).GetByLabel("Merseyside Police").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Open the returns" }).ClickAsync();
        Assert.StartsWith("Returns are open", await browser.BannerAsync(), StringComparison.Ordinal);

        // Three returns come in; the fourth stays outstanding when the coordinator closes returns.
        var auditor = system.Gateway(DemoPartnershipAudits.Partnership, Roles.AgencyAuditor, police);
        var whole = await WholeReturn.OfAsync(auditor, $"/api/audits/{auditId}");
        for (var i = 0; i < 3; i++)
        {
            (await auditor.PutJsonAsync($"/api/audits/{auditId}/returns/{police}/SH-2031-40{i}", whole.Body("good", "Risk recognised at the first call-out."))).EnsureSuccessStatusCode();
        }

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Cases and returns" }).ClickAsync();
        Assert.Contains("3 of 4 returns are in", await page.Locator("#returns").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-audit-returns");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the returns" }).ClickAsync();
        Assert.Equal("Returns are closed", await browser.BannerAsync());

        // The meeting.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the audit meeting" }).ClickAsync();
        await browser.FillDateAsync("heldOn", Today);
        await page.GetByLabel("Merseyside Police").FillAsync("Domestic abuse lead");
        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = $"Case SH-2031-40{i}" }).GetByLabel(i == 3 ? "Requires improvement to be good" : "Good", new() { Exact = true }).CheckAsync();
            await page.Locator($"[id='caseGrades[{i}].rationale']").FillAsync("Agreed by the panel.");
        }

        await page.Locator("[id='findings[0].kind']").SelectOptionAsync("AreaForDevelopment");
        await page.Locator("[id='findings[0].text']").FillAsync("Babies' needs were not always assessed after a police call-out.");
        await browser.CheckPageAsync("coordinator-audit-meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the meeting" }).ClickAsync();
        Assert.Equal("The meeting is recorded", await browser.BannerAsync());

        // Report, approval, actions, the Board, closed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft the report" }).ClickAsync();
        await page.GetByLabel("Summary").FillAsync("Risk is recognised early; assessments of babies after a call-out are uneven.");
        await page.GetByLabel("What the audit found").FillAsync("Four cases were audited with the police.");
        await page.GetByLabel("Recommendations").FillAsync("Assess every baby after a domestic abuse call-out.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft report" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the report" }).ClickAsync();
        Assert.Equal("The report is approved", await browser.BannerAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the actions" }).ClickAsync();
        await page.Locator("[id='actions[0].what']").FillAsync("Assess every baby within 5 days of a domestic abuse call-out");
        await page.Locator("[id='actions[0].findingId']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("[id='actions[0].ownerOrganisationId']").SelectOptionAsync(new SelectOptionValue { Label = "Merseyside Police" });
        await browser.FillDateAsync("actions[0].dueDate", Today.AddDays(90));
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise these actions" }).ClickAsync();
        Assert.Equal("The actions are raised and in the register", await browser.BannerAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Present to the Board" }).ClickAsync();
        await browser.FillDateAsync("presentedOn", Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the audit" }).ClickAsync();
        Assert.Equal("The audit is closed", await browser.BannerAsync());

        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var history = await page.Locator("#history").InnerTextAsync();
        foreach (var step in new[] { "Terms of reference agreed", "Case sample selected", "Returns closed", "Audit meeting recorded", "Report approved", "Actions raised", "Presented to the Board", "Audit closed" })
        {
            Assert.Contains(step, history, StringComparison.Ordinal);
        }

        Assert.Contains("Demo Coordinator, ", history, StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-audit-closed");

        // Its learning as a 7-minute briefing, drafted from what the Learning service has heard: so first wait until it has heard the finding and the report.
        var learning = system.Gateway(DemoPartnershipAudits.Partnership);
        await Eventually.Get(
            async () => await learning.GetAsync($"/api/briefings/audits/{auditId}") is { IsSuccessStatusCode: true } r ? await r.ReadAsync<JsonElement>() : default,
            l => l.ValueKind == JsonValueKind.Object && l.GetProperty("findings").GetArrayLength() == 1
                && l.GetProperty("reportSummary").ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(60));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Meeting and report" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft a 7-minute briefing from this audit" }).ClickAsync();
        Assert.StartsWith("A briefing is drafted", await browser.BannerAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the briefing" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync($"Babies after a domestic abuse call-out {theme[^6..]}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the briefing" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish to the partnership" }).ClickAsync();
        Assert.Equal("The briefing is published to the partnership", await browser.BannerAsync());
        Assert.Contains("Babies' needs were not always assessed", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-briefing");
        var audit = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync($"/api/audits/{auditId}")).ReadAsync<JsonElement>();
        Assert.Equal("Closed", audit.GetProperty("stage").GetString());
        Assert.Equal(3, audit.GetProperty("caseGrades").EnumerateArray().Count(g => g.GetProperty("grade").GetString() == "good"));
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_panel_member_finds_the_partnership_s_audits_from_the_navigation()
    {
        var theme = $"Panel's view {Guid.NewGuid().ToString("N")[..6]}";
        await DemoPartnershipAudits.OpenedAsync(system, DemoPartnershipAudits.Year, theme);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("panel@st-helens.example.org", "demo-password-panel");
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Your returns", Exact = true }).IsVisibleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Audits", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = theme }).ClickAsync();
        Assert.Equal(theme, await page.Locator("h1").InnerTextAsync());
        Assert.False(await page.GetByText("Next step:").IsVisibleAsync());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
