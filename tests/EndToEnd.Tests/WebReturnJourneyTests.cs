using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The police auditor finds the return their agency owes, writes it section by section (leaving and coming back),
/// puts a mistake right, checks the answers and submits; the coordinator then reads exactly that return.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebReturnJourneyTests(WholeSystem system)
{
    private const string CaseKey = "SH-2031-201";

    [Fact]
    public async Task The_police_auditor_writes_a_return_section_by_section_checks_it_and_submits_it()
    {
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var theme = $"Neglect and children on plans {Guid.NewGuid().ToString("N")[..6]}";
        var auditId = await DemoPartnershipAudits.WithReturnsOpenAsync(system, theme, CaseKey, police);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        Assert.Contains($"{theme}: 4 returns due by", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Your returns", Exact = true }).ClickAsync();
        var owed = page.Locator($"#return-{auditId:N}-{CaseKey}-status");
        // IsVisibleAsync does not wait: the click's page may still be loading (CI run 26 failed here). WaitForAsync
        // waits for the heading to be visible, and fails as before when it never is.
        await page.GetByRole(AriaRole.Heading, new() { Name = theme }).WaitForAsync();
        Assert.Contains("Not yet started", await owed.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("auditor-returns");

        await page.Locator($"a[href='/returns/{auditId}/{CaseKey}']").ClickAsync();
        Assert.Equal($"Return for case {CaseKey}", await page.Locator("h1").InnerTextAsync());
        await browser.CheckPageAsync("auditor-return-tasks");

        // The first section, then away: it is kept.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chronology and history" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is there an up-to-date chronology of significant events?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("How did the family's history inform the work?").FillAsync("Previous referrals were read before each strategy discussion.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Grade for chronology and history" }).GetByLabel("Good", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why this grade?").FillAsync("Chronology current throughout the period.");
        await browser.CheckPageAsync("auditor-return-section");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        Assert.Contains("Your answers are saved", await page.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Completed", await page.Locator("#section-chronology-status").InnerTextAsync(), StringComparison.Ordinal);

        // A number written in words is named in the error summary, and what was typed stays.
        await page.GetByRole(AriaRole.Link, new() { Name = "Information sharing" }).ClickAsync();
        await page.GetByLabel("Number of strategy discussions attended in the period").FillAsync("three");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await browser.ExpectErrorsAsync(["Number of strategy discussions attended in the period: enter a number, 0 or more"]);
        Assert.Equal("three", await page.GetByLabel("Number of strategy discussions attended in the period").InputValueAsync());
        await browser.CheckPageAsync("auditor-return-section-error");
        await page.GetByLabel("Number of strategy discussions attended in the period").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Equal("Voice of the child", await page.Locator("h1").InnerTextAsync());

        // Submitting without an overall judgement and with sections unfinished is refused, and the summary says where
        // to put each right; the auditor finishes the sections in order, which leads on to the overall judgement.
        await page.GotoAsync($"/returns/{auditId}/{CaseKey}/check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit return" }).ClickAsync();
        string[] unfinished = ["Assessment", "Planning", "Intervention", "Information sharing", "Voice of the child", "Management oversight", "Impact and outcome"];
        await browser.ExpectErrorsAsync(["Select an overall grade", "Enter why you gave the overall grade", .. unfinished.Select(s => $"{s}: answer every question, give a grade and say why")]);
        await summary.GetByRole(AriaRole.Link, new() { Name = "Assessment: answer every question, give a grade and say why" }).ClickAsync();
        foreach (var section in unfinished)
        {
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(section);
            await AnswerEveryQuestionLeftAsync(page, $"What the records show for {section.ToLowerInvariant()}.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        }

        await page.GetByLabel("What did you look at?").FillAsync("Police systems for the twelve months before the audit.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Overall grade for your agency's work on this case" }).GetByLabel("Requires improvement to be good").CheckAsync();
        await page.GetByLabel("Why this grade?").FillAsync("Information shared promptly; the child's voice is rarely recorded.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Equal("Check your answers before submitting your return", await page.Locator("h1").InnerTextAsync());
        var answers = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Previous referrals were read", answers, StringComparison.Ordinal);
        Assert.Contains("Requires improvement to be good", answers, StringComparison.Ordinal);
        await browser.CheckPageAsync("auditor-return-check");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit return" }).ClickAsync();
        Assert.Equal("Return submitted", await page.Locator("h1").InnerTextAsync());
        await browser.CheckPageAsync("auditor-return-submitted");

        var audit = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync($"/api/audits/{auditId}")).ReadAsync<JsonElement>();
        var submitted = audit.GetProperty("returns").EnumerateArray().Single(r => r.GetProperty("caseKey").GetString() == CaseKey);
        Assert.Equal("requires-improvement", submitted.GetProperty("overallGrade").GetString());
        Assert.Contains(submitted.GetProperty("answers").EnumerateArray(), a => a.GetProperty("questionKey").GetString() == "strategy-discussions" && a.GetProperty("value").GetString() == "3");
        Assert.Equal("good", submitted.GetProperty("sectionGrades").EnumerateArray().Single(g => g.GetProperty("sectionKey").GetString() == "chronology").GetProperty("grade").GetString());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    /// <summary>
    /// Whatever the section leaves unanswered: the first choice of a question, the text in a box, 2 in a number and
    /// 1 September 2026 in a date; what was answered before stays.
    /// </summary>
    private static async Task AnswerEveryQuestionLeftAsync(IPage page, string text)
    {
        foreach (var choices in await page.Locator("fieldset:has(input[type=radio])").AllAsync())
        {
            if (await choices.Locator("input:checked").CountAsync() == 0)
            {
                await choices.Locator("input[type=radio]").First.CheckAsync();
            }
        }

        var dateParts = new[] { ("day", "1"), ("month", "9"), ("year", "2026") };
        var typed = dateParts.Select(d => ($"input[name$='-{d.Item1}']", d.Item2))
            .Append(("input[inputmode=numeric]:not([name$='-day']):not([name$='-month']):not([name$='-year'])", "2"))
            .Append(("main textarea", text));
        foreach (var (selector, value) in typed)
        {
            foreach (var box in await page.Locator(selector).AllAsync())
            {
                if (await box.InputValueAsync() == "")
                {
                    await box.FillAsync(value);
                }
            }
        }
    }

    // axe runs in the page's script, so the accessibility of these pages is checked in the test above, with JavaScript on.
    [Fact]
    public async Task Without_JavaScript_a_section_of_a_return_names_a_mistake_keeps_what_was_typed_and_saves()
    {
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var auditId = await DemoPartnershipAudits.WithReturnsOpenAsync(system, $"Neglect without script {Guid.NewGuid().ToString("N")[..6]}", "SH-2031-251", police);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress, javaScript: false);
        var page = browser.Page;

        await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        await page.GotoAsync($"/returns/{auditId}/SH-2031-251");
        await page.GetByRole(AriaRole.Link, new() { Name = "Information sharing" }).ClickAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Number of strategy discussions attended in the period").FillAsync("two");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        Assert.Equal("#q-strategy-discussions", await summary.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        Assert.True(await page.GetByLabel("Yes").IsCheckedAsync());
        Assert.Equal("two", await page.GetByLabel("Number of strategy discussions attended in the period").InputValueAsync());
        await page.GetByLabel("Number of strategy discussions attended in the period").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        Assert.Contains("Your answers are saved", await browser.BannerAsync(), StringComparison.Ordinal);
        Assert.Contains("In progress", await page.Locator("#section-information-sharing-status").InnerTextAsync(), StringComparison.Ordinal);

        // A postcode in an answer is refused by the service and named on the page, and nothing is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chronology and history" }).ClickAsync();
        await page.GetByLabel("How did the family's history inform the work?").FillAsync("Known to services at WA10 1HF since 2019.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        var postcode = page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link);
        Assert.Equal("#q-history-informs-work", await postcode.GetAttributeAsync("href"));
        Assert.StartsWith("How did the family's history inform the work?: take out a UK postcode.", await postcode.InnerTextAsync(), StringComparison.Ordinal);

        // So is a date of birth: a full date outside the audit's look-back, in the service's own words.
        await page.GetByLabel("How did the family's history inform the work?").FillAsync("Born 12/03/2015; known to early help since.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.StartsWith(
            "How did the family's history inform the work?: holds a full date outside the audit's look-back period",
            await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link).InnerTextAsync(),
            StringComparison.Ordinal);
    }
}
