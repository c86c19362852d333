using System.Net;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The partnership's Data Protection Officer finds, in one place, who read what in every service: a coordinator's reads
/// of audits, messages and the directory, and a board member refused an audit; then downloads the same as a spreadsheet.
/// The officer reads the logs and no case material.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class AccessRecordJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task The_data_protection_officer_finds_one_persons_reads_across_every_service_and_downloads_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (reader, readerSubject) = Person(Roles.Coordinator, $"reader-{tag}@sthelens.example.org", $"Rea Reader {tag}");
        var (prober, proberSubject) = Person(Roles.BoardReader, $"board-{tag}@sthelens.example.org", $"Bo Board {tag}");
        foreach (var path in new[] { "/api/audits", "/api/notifications", "/api/organisations" })
        {
            (await reader.GetAsync(path)).EnsureSuccessStatusCode();
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await prober.GetAsync("/api/audits")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.Gateway(DemoPartnershipAudits.Partnership, Roles.DataProtectionOfficer).GetAsync("/api/audits")).StatusCode);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("dpo@st-helens.example.org", "demo-password-dpo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who read what", Exact = true }).ClickAsync();
        await page.GetByLabel("Person").FillAsync(readerSubject);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var reads = page.Locator("#reads tbody tr");
        await Assertions.Expect(reads).ToHaveCountAsync(3);
        var what = await page.Locator("#reads tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.Equal(
            ["Audits: audits", "Messages: notifications", "Programme and directory: organisations"],
            what.Select(w => w.Split('\n')[0].Trim()).Order());
        Assert.All(await page.Locator("#reads tbody tr td:nth-child(4)").AllInnerTextsAsync(), outcome => Assert.Equal("Read", outcome.Trim()));
        Assert.All(await page.Locator("#reads tbody tr td:nth-child(2)").AllInnerTextsAsync(), who => Assert.StartsWith($"Rea Reader {tag}\n{readerSubject}, QA coordinator", who, StringComparison.Ordinal));
        await browser.CheckPageAsync("dpo-access-record-by-person");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download them all as a spreadsheet (CSV)" }).ClickAsync());
        var saved = Path.Combine(StaffBrowser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var rows = (await File.ReadAllLinesAsync(saved)).Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Contains($"\"{readerSubject}\"", row, StringComparison.Ordinal));

        // The board member's attempt, refused by role before the audits' endpoint ran, is there under their name.
        await page.GetByLabel("Person").FillAsync(proberSubject);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(reads).ToHaveCountAsync(1);
        Assert.Equal("Refused", (await page.Locator("#reads tbody tr td:nth-child(4)").InnerTextAsync()).Trim());
        Assert.StartsWith($"Bo Board {tag}", await page.Locator("#reads tbody tr td:nth-child(2)").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("From").FillAsync("2030-01-02");
        await page.GetByLabel("To").FillAsync("2030-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await browser.ExpectErrorsAsync(["The first day must not be after the last day."]);
        await browser.CheckPageAsync("dpo-access-record-error");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task The_data_protection_officer_reads_what_every_service_holds_about_people_and_who_reads_it()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("dpo@st-helens.example.org", "demo-password-dpo");
        await page.GetByRole(AriaRole.Link, new() { Name = "What we hold", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("table caption")).ToHaveCountAsync(7);
        var services = await page.Locator("table caption").AllInnerTextsAsync();
        Assert.Equal(
            ["Accounts and sign-ins", "Audits", "Messages", "Programme and directory", "Reports", "Reviews and learning", "Section 11 and 175"],
            services.Select(caption => caption.Split(':')[0]).Order());
        Assert.Empty(await page.Locator(".govuk-warning-text").AllInnerTextsAsync());
        var reference = page.Locator("tr", new() { Has = page.GetByText("SeriousIncidentRecorded.CaseReference", new() { Exact = true }) });
        var cells = await reference.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["Reviews", "SeriousIncidentRecorded.CaseReference", "A child's case key (pseudonymous)"], cells.Take(3).Select(c => c.Trim()));
        Assert.Equal("35 years", cells[4].Trim());
        Assert.Contains("QA coordinator", cells[5], StringComparison.Ordinal);
        Assert.DoesNotContain("data protection officer", cells[5], StringComparison.Ordinal);
        var email = await page.Locator("tr", new() { Has = page.GetByText("AspNetUsers.Email", new() { Exact = true }) }).Locator("td").AllInnerTextsAsync();
        Assert.Equal(["Staff accounts", "AspNetUsers.Email", "A professional's work name or address"], email.Take(3).Select(c => c.Trim()));
        Assert.Equal("6 years", email[4].Trim());
        await browser.CheckPageAsync("dpo-what-we-hold");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    /// <summary>A person of the demo partnership signed in as themselves, and the subject their reads are recorded under.</summary>
    private (HttpClient Client, string Subject) Person(string role, string email, string name) =>
        (system.Gateway().WithToken(TestTokens.For(DemoPartnershipAudits.Partnership, role, email: email, name: name)), $"test-{role}-{email}");
}
