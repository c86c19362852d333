using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// One complete multi-agency audit through the gateway, as a partnership runs it: scheduled on the programme,
/// tool chosen, terms, six cases across all four categories, three agencies' returns, the meeting, findings, the
/// approved report, actions, the Board, closed; then the history shows every step and who took it.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class CompleteAuditJourneyTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed record ConcernDto(Guid ConcernId);

    private sealed record FindingDto(Guid FindingId);

    private sealed record AuditStateDto(string Stage, List<FindingDto> Findings, List<ConcernDto> Concerns, long Version);

    private sealed record ReportDto(string Theme, JsonElement Report, JsonElement CaseGrades);

    private static readonly (string Key, string Category, string AgeBand)[] Cases =
    [
        ("SH-2027-101", "EarlyHelp", "5-9"),
        ("SH-2027-102", "ChildInNeed", "10-15"),
        ("SH-2027-103", "ChildProtection", "10-15"),
        ("SH-2027-104", "ChildProtection", "16-17"),
        ("SH-2027-105", "LookedAfterChild", "10-15"),
        ("SH-2027-106", "LookedAfterChild", "16-17"),
    ];

    [Fact]
    public async Task A_whole_audit_runs_from_the_programme_to_closed()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);

        // The directory: three agencies that will return.
        var directory = new Dictionary<string, Guid>();
        foreach (var (name, kind) in new[] { ("St Helens Borough Council", "StatutoryPartner"), ("Merseyside Police", "StatutoryPartner"), ("Mersey Care NHS Foundation Trust", "RelevantAgency") })
        {
            directory[name] = (await (await coordinator.PostJsonAsync("/api/organisations", new { name, kind })).ReadAsync<IdDto>()).Id;
        }

        var (council, police, health) = (directory["St Helens Borough Council"], directory["Merseyside Police"], directory["Mersey Care NHS Foundation Trust"]);

        // Programme → Audit, and the tool chosen: the built-in exploitation exemplar.
        var scheduled = await ScheduledAudits.ExploitationAuditAsync(coordinator);
        var (audit, exemplar) = (scheduled.Audit, scheduled.Exemplar);

        await Step(coordinator, $"{audit}/terms-of-reference", new
        {
            theme = "Child exploitation",
            questions = new[] { "How early do agencies recognise exploitation?", "Are return-home interviews effective?" },
            lookBackMonths = 12,
            toolId = exemplar,
            returnsDue = Today.AddDays(21),
            meetingDate = Today.AddDays(35),
            reportDue = Today.AddDays(56),
            categoryMix = new { earlyHelp = 1, childInNeed = 1, childProtection = 2, lookedAfterChild = 2 },
        });
        await Step(coordinator, $"{audit}/cases", new
        {
            cases = Cases.Select(c => new { caseKey = c.Key, category = c.Category, profile = new { ageBand = c.AgeBand, gender = "female", ethnicity = "white", planType = "child-protection" } }),
        });
        // Audit checks agencies against its own copy of the directory, which Programme's events keep: it may lag a moment.
        var agencies = new
        {
            cases = Cases.Select((c, i) => new { caseKey = c.Key, organisationIds = i % 2 == 0 ? new[] { council, police, health } : new[] { council, health } }),
        };
        await Eventually.Get(() => coordinator.PostJsonAsync($"{audit}/agencies", agencies), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        // Three agencies' returns, each by its own auditor.
        var whole = await WholeReturn.OfAsync(coordinator, audit);
        foreach (var (organisation, grade) in new[] { (council, "good"), (police, "requires-improvement"), (health, "good") })
        {
            var auditor = system.Gateway(partnership, Roles.AgencyAuditor, organisation);
            foreach (var (key, _, _) in Cases.Where((_, i) => i % 2 == 0 || organisation != police))
            {
                var response = await auditor.PutJsonAsync($"{audit}/returns/{organisation}/{key}", whole.Body(grade, "Exploitation recognised; follow-up uneven."));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        await Step(coordinator, $"{audit}/returns/close", new { });
        var met = await Step(coordinator, $"{audit}/meeting", new
        {
            heldOn = Today,
            attendees = new[] { new { organisationId = council, role = "Chair" }, new { organisationId = police, role = "Exploitation lead" }, new { organisationId = health, role = "Named nurse" } },
            caseGrades = Cases.Select((c, i) => new { caseKey = c.Key, grade = i < 4 ? "good" : "requires-improvement", rationale = "Agreed at the meeting." }),
            findings = new object[]
            {
                new { kind = "AreaForDevelopment", text = "Return-home interviews were not always offered.", sectionKey = "missing" },
                new { kind = "GoodPractice", text = "Strategy meetings were timely.", sectionKey = "strategy-meeting" },
            },
        });
        await Step(coordinator, $"{audit}/report", new { summary = "Exploitation is recognised early; follow-up after missing episodes is uneven.", narrative = "Six cases were audited...", recommendations = new[] { "Offer every return interview within 72 hours." } });
        await Step(coordinator, $"{audit}/report/approve", new { });
        await Step(coordinator, $"{audit}/actions", new
        {
            actions = new[] { new { what = "Offer every return-home interview within 72 hours", ownerOrganisationId = council, dueDate = Today.AddDays(90), findingId = met.Findings[0].FindingId } },
        });
        await Step(coordinator, $"{audit}/board", new { presentedOn = Today });
        var closed = await Step(coordinator, $"{audit}/close", new { });
        Assert.Equal("Closed", closed.Stage);

        // The Board reads the approved, anonymised report.
        var report = await (await system.Gateway(partnership, Roles.BoardReader).GetAsync($"{audit}/report")).ReadAsync<ReportDto>();
        Assert.Equal("Child exploitation", report.Theme);
        Assert.DoesNotContain("SH-2027", report.ToString(), StringComparison.Ordinal);
        await (await system.Gateway(partnership, Roles.BoardReader).GetAsync(audit)).ReadProblemAsync(403);

        // Every step, with who took it.
        var history = await (await coordinator.GetAsync($"{audit}/history")).ReadAsync<List<HistoryDto>>();
        Assert.Equal(
            [
                "audit_opened", "terms_of_reference_agreed", "cases_selected", "agencies_notified",
                .. Enumerable.Repeat("return_submitted", 15),
                "returns_closed", "audit_meeting_held", "audit_report_drafted", "audit_report_approved", "audit_actions_raised",
                "audit_presented_to_board", "audit_closed",
            ],
            history.Select(h => h.Event));
        Assert.All(history, h => Assert.False(string.IsNullOrEmpty(h.By)));
        Assert.Equal(["test-agency-auditor"], history.Where(h => h.Event == "return_submitted").Select(h => h.By).Distinct());
        Assert.Equal(Enumerable.Range(1, history.Count).Select(v => (long)v), history.Select(h => h.Version));

        // The loop back to the programme: the item is done, and the area for development is a candidate priority.
        await Eventually.Get(
            async () => await (await coordinator.GetAsync($"/api/programmes/{scheduled.ProgrammeId}")).ReadAsync<JsonElement>(),
            p => p.GetProperty("progress").EnumerateArray().Any(i => i.GetProperty("itemId").GetGuid() == scheduled.AuditId && i.GetProperty("status").GetString() == "Done"),
            TimeSpan.FromSeconds(30));
        var candidates = await Eventually.Get(
            async () => await (await coordinator.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<JsonElement>>(),
            list => list.Count > 0,
            TimeSpan.FromSeconds(30));
        Assert.Equal("Return-home interviews were not always offered.", Assert.Single(candidates).GetProperty("details").GetProperty("rationale").GetString());

        // The learning: the audit's action is in the one register, owned by the council, and a briefing drafts from the audit.
        var register = await Eventually.Get(
            async () => await (await coordinator.GetAsync("/api/actions?source=Audit")).ReadAsync<List<JsonElement>>(),
            list => list.Count > 0,
            TimeSpan.FromSeconds(30));
        Assert.Equal(council, Assert.Single(register).GetProperty("ownerOrganisationId").GetGuid());
        var briefing = await (await coordinator.PostJsonAsync($"/api/briefings/from-audit/{scheduled.AuditId}", new { })).ReadAsync<JsonElement>();
        Assert.Contains("Child exploitation", briefing.GetProperty("content").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Good practice: Strategy meetings were timely.", briefing.GetProperty("content").GetProperty("findings").EnumerateArray().Select(f => f.GetString()));

        await TheGoodPracticeFoundIsCountedWhereTheBoardAndAgenciesReadIt(partnership, police);
    }

    /// <summary>The finding recorded as good practice at the meeting, counted in every report that shows findings.</summary>
    private async Task TheGoodPracticeFoundIsCountedWhereTheBoardAndAgenciesReadIt(string partnership, Guid police)
    {
        var board = system.Gateway(partnership, Roles.BoardReader);
        var overview = await Eventually.Get(
            async () => await (await board.GetAsync("/api/reports/overview?year=2027")).ReadAsync<JsonElement>(),
            o => o.GetProperty("audits").GetProperty("goodPractice").GetInt32() == 1,
            TimeSpan.FromSeconds(30));
        Assert.Equal(1, overview.GetProperty("audits").GetProperty("areasForDevelopment").GetInt32());

        var dashboard = await (await system.Gateway(partnership, Roles.AgencyAuditor, police).GetAsync($"/api/reports/agencies/{police}?year=2027")).ReadAsync<JsonElement>();
        Assert.Equal((1, 1, 1), (
            dashboard.GetProperty("findings").GetProperty("audits").GetInt32(),
            dashboard.GetProperty("findings").GetProperty("goodPractice").GetInt32(),
            dashboard.GetProperty("findings").GetProperty("areasForDevelopment").GetInt32()));

        var pdf = await board.GetByteArrayAsync("/api/reports/board?year=2027&format=pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(page => page.Text));
        Assert.Contains("Goodpracticefound1Areasfordevelopment1", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static async Task<AuditStateDto> Step(HttpClient client, string path, object body) =>
        await (await client.PostJsonAsync(path, body)).ReadAsync<AuditStateDto>();
}
