using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Xunit.Abstractions;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A case audited, graded and reported, with a concern sent to an agency, then erased at the coordinator's request:
/// every service confirms, and no database holds the case's key or anything written about it, while the partnership's
/// figures stay as they were.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class CaseErasureJourneyTests(WholeSystem system, ITestOutputHelper output)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly string[] Databases = ["audit-db", "learning-db", "section11-db", "programme-db", "notifications-db", "reporting-db", "identity-db"];

    private sealed record ErasureDto(Guid Id, string ErasedAs, List<JsonElement> Confirmations, List<string> Waiting, bool Complete);

    [Fact]
    public async Task An_erased_case_is_gone_from_every_database_and_the_figures_stay()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var (erased, kept) = ($"SH-{Random.Shared.Next(3000, 9999)}-{Random.Shared.Next(100, 999)}", $"SH-{Random.Shared.Next(3000, 9999)}-{Random.Shared.Next(100, 999)}");
        var tag = TestTokens.NewTag(8);
        var (returned, graded, concern) = ($"Outreach after the {tag} sightings was missed", $"The {tag} plan drifted for months", $"An adult linked to the {tag} sightings was seen again");

        var (audit, council, police) = await AuditToReturnsOpenAsync(coordinator, partnership, [erased, kept, "SH-2027-903", "SH-2027-904"]);
        var whole = await WholeReturn.OfAsync(coordinator, audit);
        var councilAuditor = system.Gateway(partnership, Roles.AgencyAuditor, council);
        foreach (var key in new[] { erased, kept, "SH-2027-903", "SH-2027-904" })
        {
            Assert.Equal(HttpStatusCode.OK, (await councilAuditor.PutJsonAsync($"{audit}/returns/{council}/{key}", whole.Body("good", key == erased ? returned : "Help was offered early."))).StatusCode);
        }

        (await councilAuditor.PostJsonAsync($"{audit}/concerns", new { caseKey = erased, ownerOrganisationId = police, summary = concern })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/returns/close", new { })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/meeting", new
        {
            heldOn = Today,
            attendees = new[] { new { organisationId = council, role = "Chair" } },
            caseGrades = new[] { erased, kept, "SH-2027-903", "SH-2027-904" }.Select(key => new { caseKey = key, grade = "good", rationale = key == erased ? graded : "Agreed at the meeting." }),
            findings = new[] { new { kind = "GoodPractice", text = "Strategy meetings were timely.", sectionKey = "strategy-meeting" } },
        })).EnsureSuccessStatusCode();
        var board = system.Gateway(partnership, Roles.BoardReader);
        var figures = await Eventually.Get(
            async () => (await (await board.GetAsync("/api/reports/overview?year=2027")).ReadAsync<JsonElement>()).GetProperty("audits").ToString(),
            audits => audits.Contains("\"goodPractice\":1", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.NotEmpty(await DatabaseScan.TablesHoldingAsync(await system.ConnectionStringAsync("audit-db"), returned));
        var held = await (await coordinator.PostJsonAsync("/api/audits/subject-access", new { caseKey = erased })).Content.ReadAsStringAsync();
        Assert.All(new[] { returned, graded, concern }, words => Assert.Contains(words, held, StringComparison.Ordinal));
        Assert.DoesNotContain(kept, held, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var response = await coordinator.PostJsonAsync("/api/audits/case-erasures", new { caseKey = erased });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var erasure = await Eventually.Get(
            async () => await (await coordinator.GetAsync(response.Headers.Location!.ToString())).ReadAsync<ErasureDto>(),
            e => e.Complete,
            TimeSpan.FromSeconds(60));
        output.WriteLine($"Every service confirmed in {clock.Elapsed.TotalSeconds:F1} s: {string.Join("; ", erasure.Confirmations)}");

        Assert.Equal(6, erasure.Confirmations.Count);
        var audited = erasure.Confirmations.Single(c => c.GetProperty("service").GetString() == "Audit");
        Assert.True(audited.GetProperty("events").GetInt32() >= 7 && audited.GetProperty("documents").GetInt32() >= 1, audited.ToString());
        foreach (var database in Databases)
        {
            var connection = await system.ConnectionStringAsync(database);
            foreach (var gone in new[] { erased, returned, graded, concern })
            {
                Assert.True((await DatabaseScan.TablesHoldingAsync(connection, gone)) is [], $"{database} still holds \"{gone}\"");
            }
        }

        var heldAfter = await (await coordinator.PostJsonAsync("/api/audits/subject-access", new { caseKey = erased })).ReadAsync<JsonElement>();
        Assert.Equal((0, 0), (heldAfter.GetProperty("events").GetArrayLength(), heldAfter.GetProperty("documents").GetArrayLength()));
        var view = await (await coordinator.GetAsync(audit)).ReadAsync<JsonElement>();
        Assert.Equal(4, view.GetProperty("cases").GetArrayLength());
        Assert.Contains(erasure.ErasedAs, view.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseKey").GetString()));
        Assert.Equal(figures, (await (await board.GetAsync("/api/reports/overview?year=2027")).ReadAsync<JsonElement>()).GetProperty("audits").ToString());
    }

    [Fact]
    public async Task The_coordinator_erases_a_case_in_the_browser_and_follows_each_service_s_confirmation()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Case erasure", Exact = true }).ClickAsync();
        await browser.CheckPageAsync("case-erasure");
        await page.GetByLabel("Case key").FillAsync("JOHN-SMITH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase the case everywhere" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the pseudonymous case key, such as SH-2027-017, not a name or date of birth"]);
        await browser.CheckPageAsync("case-erasure-error");

        await page.GetByLabel("Case key").FillAsync($"SH-{Random.Shared.Next(3000, 9999)}-{Random.Shared.Next(100, 999)}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase the case everywhere" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The case is being erased: each service confirms below")).ToBeVisibleAsync();
        var newest = page.Locator("#erasures tbody tr").First;
        await Eventually.Get(
            async () =>
            {
                await page.ReloadAsync();
                return await newest.Locator("strong").InnerTextAsync();
            },
            status => status == "Erased everywhere",
            TimeSpan.FromSeconds(60));
        Assert.Equal(6, await newest.Locator("li").CountAsync());
        await browser.CheckPageAsync("case-erasure-confirmed");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);

        // The Data Protection Officer follows erasures and asks for none.
        await using var officer = await StaffBrowser.OpenAsync(system.GatewayAddress);
        await officer.SignInAsync("dpo@st-helens.example.org", "demo-password-dpo");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Case erasure", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("#erasures tbody tr").First.Locator("strong")).ToHaveTextAsync("Erased everywhere");
        Assert.Equal(0, await officer.Page.GetByLabel("Case key").CountAsync());
        await officer.CheckPageAsync("case-erasure-officer");
        Assert.Empty(officer.Problems);
    }

    [Fact]
    public async Task The_coordinator_sets_how_long_records_are_kept_and_the_data_protection_officer_reads_it_beside_each_field()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;
        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retention", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#none-due")).ToHaveTextAsync("No case is past its retention period.");
        await browser.CheckPageAsync("retention");

        var logs = page.GetByLabel("Access logs", new() { Exact = true });
        foreach (var wrong in new[] { "two", "0" })
        {
            await logs.FillAsync(wrong);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the periods" }).ClickAsync();
            await browser.ExpectErrorsAsync(["Enter the years as a whole number, 1 to 100"]);
        }

        await browser.CheckPageAsync("retention-error");
        await logs.FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the periods" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The retention periods are saved")).ToBeVisibleAsync();
        await Assertions.Expect(logs).ToHaveValueAsync("3");
        await Assertions.Expect(page.Locator("#no-records-due")).ToHaveTextAsync("No other record is past its retention period.");

        // Audit keeps the periods; every service that keeps an access log hears the new one and lists its log by it.
        var gateway = system.Gateway(DemoPartnershipAudits.Partnership, Roles.Coordinator);
        foreach (var root in new[] { "/api/audits", "/api/programmes", "/api/section11", "/api/reviews", "/api/reports", "/api/notifications" })
        {
            await Eventually.Get(
                async () => await (await gateway.GetAsync($"{root}/retention/records-due")).ReadAsync<List<KeptByAge>>(),
                kept => kept.Single(k => k.Kind == "AccessLogs").KeptYears == 3,
                TimeSpan.FromSeconds(30));
        }

        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);

        await using var officer = await StaffBrowser.OpenAsync(system.GatewayAddress);
        await officer.SignInAsync("dpo@st-helens.example.org", "demo-password-dpo");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "What we hold", Exact = true }).ClickAsync();
        var accessLogRow = officer.Page.Locator("table tbody tr").Filter(new() { HasText = "Access logs" }).First;
        await Assertions.Expect(accessLogRow.Locator("td:nth-child(5)")).ToHaveTextAsync("3 years");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Retention", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("#periods .govuk-summary-list__row").Filter(new() { HasText = "Access logs" })).ToContainTextAsync("3 years");
        Assert.Equal(0, await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save the periods" }).CountAsync());
        await officer.CheckPageAsync("retention-officer");
        Assert.Empty(officer.Problems);
    }

    [Fact]
    public async Task The_coordinator_erases_records_kept_past_their_period_from_the_retention_page()
    {
        // A read Reports logged ten years ago: past any period for access logs another test may set.
        var reader = $"reader-{Guid.NewGuid():N}@st-helens.example.org";
        var reports = await system.ConnectionStringAsync("reporting-db");
        await PastReads.WriteAsync(reports, DemoPartnershipAudits.Partnership, reader, DateTimeOffset.UtcNow.AddYears(-10));
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;
        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retention", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Erase the chosen records" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Choose the records to erase, from those listed"]);
        await page.GetByLabel(new Regex("^Reports: access logs, 1 record from before")).CheckAsync();
        await browser.CheckPageAsync("retention-records-due");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase the chosen records" }).ClickAsync();

        Assert.Equal("The chosen records are erased", await browser.BannerAsync());
        await Assertions.Expect(page.Locator("#no-records-due")).ToHaveTextAsync("No other record is past its retention period.");
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(reports, reader, DemoPartnershipAudits.Partnership));
        var erasures = await (await system.Gateway(DemoPartnershipAudits.Partnership, Roles.DataProtectionOfficer).GetAsync("/api/reports/retention/record-erasures"))
            .ReadAsync<List<ErasedByAge>>();
        Assert.Equal(("AccessLogs", 1), (erasures[0].Kind, erasures[0].Records));
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task The_coordinator_finds_what_every_service_holds_about_a_case_and_downloads_it()
    {
        var key = $"SH-{Random.Shared.Next(3000, 9999)}-{Random.Shared.Next(100, 999)}";
        var council = await DemoPartnershipAudits.OrganisationAsync(system, "St Helens Borough Council");
        await DemoPartnershipAudits.WithReturnsOpenAsync(system, $"Subject access {key}", key, council);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Subject access", Exact = true }).ClickAsync();
        await page.GetByLabel("Case key").FillAsync("12/03/2015");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find what we hold about this case" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the pseudonymous case key, such as SH-2027-017, not a name or date of birth"]);
        await browser.CheckPageAsync("subject-access-error");

        await page.GetByLabel("Case key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find what we hold about this case" }).ClickAsync();
        var rows = page.Locator("#held tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        var audits = rows.Filter(new() { HasText = "Audits" });
        Assert.True(int.Parse(await audits.Locator("td").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        await browser.CheckPageAsync("subject-access");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download everything: a PDF to read and JSON, in one zip" }).ClickAsync());
        var saved = Path.Combine(StaffBrowser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(saved))
        {
            Assert.Equal(["audits.json", "notifications.json", "programmes.json", "reports.json", "reviews.json", "section11.json", "subject-access.pdf"], zip.Entries.Select(e => e.Name).Order());
            using var audit = new StreamReader(zip.GetEntry("audits.json")!.Open());
            Assert.Contains(key, await audit.ReadToEndAsync(), StringComparison.Ordinal);
            using var pdf = new MemoryStream();
            await zip.GetEntry("subject-access.pdf")!.Open().CopyToAsync(pdf);
            using var readable = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
            var text = string.Join("\n", readable.GetPages().Select(p => p.Text));
            Assert.Contains($"What we hold about case {key}", text, StringComparison.Ordinal);
            Assert.Contains($"Case key: {key}", text, StringComparison.Ordinal);
            Assert.Contains("Section 11", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(key, page.Url, StringComparison.Ordinal);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
        var log = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync("/api/audits/access-log")).ReadAsync<List<JsonElement>>();
        Assert.Contains(log, read => read.GetProperty("kind").GetString() == "subject-access");
    }

    [Fact]
    public async Task The_coordinator_finds_what_every_service_holds_about_a_member_of_staff_and_downloads_it()
    {
        const string officer = "dpo@st-helens.example.org";
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Subject access", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find what we hold about them" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Choose the member of staff"]);
        await browser.CheckPageAsync("subject-access-staff-error");

        var account = await page.Locator("#subject option").Filter(new() { HasText = officer }).GetAttributeAsync("value");
        await page.GetByLabel("Member of staff").SelectOptionAsync(account!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find what we hold about them" }).ClickAsync();
        await Assertions.Expect(page.Locator("#held caption")).ToContainTextAsync($"Demo Data Protection Officer ({officer})");
        var rows = page.Locator("#held tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(7);
        await Assertions.Expect(rows.Filter(new() { HasText = "Accounts and sign-ins" }).Locator("td").Nth(1)).ToHaveTextAsync("1");
        await browser.CheckPageAsync("subject-access-staff");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download everything: a PDF to read and JSON, in one zip" }).ClickAsync());
        var saved = Path.Combine(StaffBrowser.ScreenshotFolder, "staff-" + download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(saved))
        {
            Assert.Contains("users.json", zip.Entries.Select(e => e.Name));
            Assert.Equal(8, zip.Entries.Count);
            using var pdf = new MemoryStream();
            await zip.GetEntry("subject-access.pdf")!.Open().CopyToAsync(pdf);
            using var readable = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
            var text = string.Join("\n", readable.GetPages().Select(p => p.Text));
            Assert.Contains($"Email: {officer}", text, StringComparison.Ordinal);
            Assert.Contains("Password: Kept only as a salted hash", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(account!, page.Url, StringComparison.Ordinal);
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
        var log = await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync("/api/users/security-log")).ReadAsync<List<JsonElement>>();
        Assert.Contains(log, e => e.GetProperty("kind").GetString() == "SubjectAccessAnswered" && e.GetProperty("subject").GetString() == account);
    }

    /// <summary>A fresh partnership's audit with two agencies, its cases selected and every agency asked about every case.</summary>
    private static async Task<(string Audit, Guid Council, Guid Police)> AuditToReturnsOpenAsync(HttpClient coordinator, string partnership, string[] keys)
    {
        var council = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "St Helens Borough Council", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        var police = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Merseyside Police", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        var scheduled = await ScheduledAudits.ExploitationAuditAsync(coordinator);
        var audit = scheduled.Audit;
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"{audit}/terms-of-reference", new
            {
                theme = "Child exploitation",
                questions = new[] { "How early do agencies recognise exploitation?" },
                lookBackMonths = 12,
                toolId = scheduled.Exemplar,
                returnsDue = Today.AddDays(21),
                meetingDate = Today.AddDays(35),
                reportDue = Today.AddDays(56),
                categoryMix = new { earlyHelp = 1, childInNeed = 1, childProtection = 1, lookedAfterChild = 1 },
                panel = new[] { council },
            }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        string[] categories = ["EarlyHelp", "ChildInNeed", "ChildProtection", "LookedAfterChild"];
        (await coordinator.PostJsonAsync($"{audit}/cases", new
        {
            cases = keys.Select((key, i) => new { caseKey = key, category = categories[i], profile = new { ageBand = "10-15", gender = "female", ethnicity = "white" } }),
        })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/agencies", new { cases = keys.Select(key => new { caseKey = key, organisationIds = new[] { council, police } }) })).EnsureSuccessStatusCode();
        return (audit, council, police);
    }

    /// <summary>A line of a service's records kept by age, as its API answers it.</summary>
    private sealed record KeptByAge(string Kind, int Records, DateOnly Before, int KeptYears);

    private sealed record ErasedByAge(string Kind, int Records);
}
