using System.Globalization;
using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A partnership's year run through the gateway (a programme with audits started, finished and withdrawn, a Section 11
/// cycle part-returned, actions, a serious incident), then every figure the overview, an agency's dashboard, the
/// compliance matrix and the Board report show is counted again from the owning services' own APIs (Programme, Audit,
/// Section 11, Learning), knowing nothing of how Reporting counts: each must be equal.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class RealisticYearReconciliationTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly int Year = Today.Year + 1;

    private static readonly (string Key, string Category)[] Cases =
    [
        ("RY-101", "ChildProtection"), ("RY-102", "ChildProtection"), ("RY-103", "ChildInNeed"), ("RY-104", "LookedAfterChild"),
    ];

    private sealed record IdDto(Guid Id);

    private sealed record Organisations(Guid Council, Guid Police, Guid Health);

    [Fact]
    public async Task Every_reported_figure_equals_the_same_figure_counted_from_the_services_that_own_it()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var organisations = await DirectoryAsync(coordinator);
        var programme = await RunTheYearAsync(partnership, coordinator, organisations);

        var lastYears = await LastYearsProgrammeAsync(coordinator);

        var expected = await CountedFromTheOwnersAsync(coordinator, programme, organisations);
        var expectedLastYear = Canonical(ProgrammeFigures(await ItemStatesAsync(coordinator, lastYears, Year - 2)));
        var board = system.Gateway(partnership, Roles.BoardReader);
        var overview = await Eventually.Get(
            async () => Overview(await (await board.GetAsync($"/api/reports/overview?year={Year}")).ReadAsync<JsonElement>()),
            figures => figures == expected.Overview,
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(500));
        var police = system.Gateway(partnership, Roles.AgencyAuditor, organisations.Police);
        var dashboard = Dashboard(await (await police.GetAsync($"/api/reports/agencies/{organisations.Police}?year={Year}")).ReadAsync<JsonElement>());
        var compliance = Compliance(await (await coordinator.GetAsync($"/api/reports/compliance/Section11/{Year}")).ReadAsync<JsonElement>());
        var report = BoardFigures(await (await board.GetAsync($"/api/reports/board?year={Year}")).ReadAsync<JsonElement>());

        var lastYear = await Eventually.Get(
            async () => Canonical((await (await board.GetAsync($"/api/reports/overview?year={Year - 2}")).ReadAsync<JsonElement>()).GetProperty("programme")),
            figures => figures == expectedLastYear,
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(500));

        Assert.Equal(expected.Overview, overview);
        Assert.Equal(expectedLastYear, lastYear);
        Assert.Equal(Canonical(new { scheduled = 0, inProgress = 0, overdue = 2, done = 0, withdrawn = 0 }), lastYear);
        Assert.Equal(expected.Dashboard, dashboard);
        Assert.Equal(expected.Compliance, compliance);
        Assert.Equal(expected.Board, report);
    }

    private static async Task<Organisations> DirectoryAsync(HttpClient coordinator)
    {
        async Task<Guid> Register(string name, string kind) =>
            (await (await coordinator.PostJsonAsync("/api/organisations", new { name, kind })).ReadAsync<IdDto>()).Id;
        return new(
            await Register("St Helens Borough Council", "StatutoryPartner"),
            await Register("Merseyside Police", "StatutoryPartner"),
            await Register("Mersey Care NHS Foundation Trust", "RelevantAgency"));
    }

    /// <summary>What a partnership does in a year, each step by whoever takes it; answers the programme's id.</summary>
    private async Task<Guid> RunTheYearAsync(string partnership, HttpClient coordinator, Organisations o)
    {
        var programme = (await (await coordinator.PostJsonAsync("/api/programmes", new { year = Year })).ReadAsync<IdDto>()).Id;
        Task<Guid> Schedule(int quarter, string theme) => ScheduleAsync(coordinator, programme, quarter, theme);

        var finished = await Schedule(1, "Child exploitation");
        var started = await Schedule(2, "Neglect");
        var withdrawn = await Schedule(3, "Domestic abuse");
        await Schedule(4, "Harmful sexual behaviour");
        (await coordinator.PostJsonAsync($"/api/programmes/{programme}/items", new { kind = "Section11Cycle", quarter = 2, theme = "Section 11" })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"/api/programmes/{programme}/items/{withdrawn}/remove", new { reason = "Covered by the regional audit." })).EnsureSuccessStatusCode();
        await Eventually.Get(
            async () => await (await coordinator.GetAsync(Audit(withdrawn))).ReadAsync<JsonElement>(),
            audit => audit.GetProperty("stage").GetString() == "Cancelled",
            TimeSpan.FromSeconds(30));

        await AgreeTermsAsync(coordinator, Audit(started));
        await FinishAsync(partnership, coordinator, Audit(finished), o);
        await Section11Async(partnership, coordinator, o);

        var action = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new { what = "Refresh neglect training for health visitors", why = "Practice review", ownerOrganisationId = o.Health, dueDate = Today.AddDays(30) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        var actionId = (await action.ReadAsync<IdDto>()).Id;
        (await system.Gateway(partnership, Roles.AgencyAuditor, o.Health).PostJsonAsync($"/api/actions/{actionId}/progress", new { progress = "OnTrack", note = "Sessions booked." })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync("/api/reviews/serious-incidents", new
        {
            caseReference = "RY-900",
            theme = "Neglect",
            summary = "A child known to early help was admitted to hospital malnourished.",
            awareOn = Today.AddDays(-1),
        })).EnsureSuccessStatusCode();

        // Learning copies the audit's actions and findings from Audit's messages: the year is whole when it has them.
        await Eventually.Get(async () => await (await coordinator.GetAsync("/api/actions")).ReadAsync<List<JsonElement>>(), list => list.Count == 3, TimeSpan.FromSeconds(30));
        var briefing = await Eventually.Get(() => coordinator.PostJsonAsync($"/api/briefings/from-audit/{finished}", new { }), r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(30));
        (await coordinator.PostJsonAsync($"/api/briefings/{(await briefing.ReadAsync<IdDto>()).Id}/publish", new { })).EnsureSuccessStatusCode();
        return programme;
    }

    /// <summary>Last year's programme: two audits that never started, late since their quarters ended.</summary>
    private static async Task<Guid> LastYearsProgrammeAsync(HttpClient coordinator)
    {
        var programme = (await (await coordinator.PostJsonAsync("/api/programmes", new { year = Year - 2 })).ReadAsync<IdDto>()).Id;
        await ScheduleAsync(coordinator, programme, 3, "Neglect");
        await ScheduleAsync(coordinator, programme, 4, "Child exploitation");
        return programme;
    }

    /// <summary>An audit on the programme, once Audit has opened it.</summary>
    private static async Task<Guid> ScheduleAsync(HttpClient coordinator, Guid programme, int quarter, string theme)
    {
        var scheduled = await (await coordinator.PostJsonAsync($"/api/programmes/{programme}/audits", new { quarter, theme, categories = new[] { "ChildProtection" } })).ReadAsync<ScheduledAuditDto>();
        await Eventually.Get(() => coordinator.GetAsync(Audit(scheduled.AuditId)), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        return scheduled.AuditId;
    }

    private static string Audit(Guid id) => $"/api/audits/{id}";

    private static async Task AgreeTermsAsync(HttpClient coordinator, string audit)
    {
        var tools = await (await coordinator.GetAsync("/api/audit-tools")).ReadAsync<List<JsonElement>>();
        var exemplar = tools.Single(t => t.GetProperty("name").GetString()!.Contains("exploitation", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetGuid();
        (await coordinator.PostJsonAsync($"{audit}/terms-of-reference", new
        {
            theme = "Audit theme",
            questions = new[] { "How early do agencies recognise the risk?" },
            lookBackMonths = 12,
            toolId = exemplar,
            returnsDue = Today.AddDays(21),
            meetingDate = Today.AddDays(35),
            reportDue = Today.AddDays(56),
            categoryMix = new { earlyHelp = 0, childInNeed = 1, childProtection = 2, lookedAfterChild = 1 },
        })).EnsureSuccessStatusCode();
    }

    /// <summary>Terms to closed: four cases, every agency's return, a concern answered, the meeting's grades and findings, actions.</summary>
    private async Task FinishAsync(string partnership, HttpClient coordinator, string audit, Organisations o)
    {
        await AgreeTermsAsync(coordinator, audit);
        (await coordinator.PostJsonAsync($"{audit}/cases", new
        {
            cases = Cases.Select(c => new { caseKey = c.Key, category = c.Category, profile = new { ageBand = "10-15", gender = "female", ethnicity = "white", planType = "child-protection" } }),
        })).EnsureSuccessStatusCode();
        var agencies = new { cases = Cases.Select((c, i) => new { caseKey = c.Key, organisationIds = i < 2 ? new[] { o.Council, o.Police, o.Health } : new[] { o.Council, o.Police } }) };
        await Eventually.Get(() => coordinator.PostJsonAsync($"{audit}/agencies", agencies), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        var whole = await WholeReturn.OfAsync(coordinator, audit);
        foreach (var (organisation, grade, cases) in new[] { (o.Council, "good", 4), (o.Police, "requires-improvement", 4), (o.Health, "outstanding", 2) })
        {
            var auditor = system.Gateway(partnership, Roles.AgencyAuditor, organisation);
            foreach (var (key, _) in Cases.Take(cases))
            {
                (await auditor.PutJsonAsync($"{audit}/returns/{organisation}/{key}", whole.Body(grade, "As the records show."))).EnsureSuccessStatusCode();
            }
        }

        var raised = new { caseKey = "RY-103", ownerOrganisationId = o.Police, summary = "No strategy discussion after the latest missing episode." };
        var concern = await (await coordinator.PostJsonAsync($"{audit}/concerns", raised)).ReadAsync<JsonElement>();
        var concernId = concern.GetProperty("concerns").EnumerateArray().Single().GetProperty("concernId").GetGuid();
        (await system.Gateway(partnership, Roles.AgencyAuditor, o.Police).PostJsonAsync($"{audit}/concerns/{concernId}/acknowledge", new { })).EnsureSuccessStatusCode();

        (await coordinator.PostJsonAsync($"{audit}/returns/close", new { })).EnsureSuccessStatusCode();
        string[] grades = ["good", "outstanding", "requires-improvement", "inadequate"];
        var met = await (await coordinator.PostJsonAsync($"{audit}/meeting", new
        {
            heldOn = Today,
            attendees = new[] { new { organisationId = o.Council, role = "Chair" }, new { organisationId = o.Police, role = "Exploitation lead" } },
            caseGrades = Cases.Select((c, i) => new { caseKey = c.Key, grade = grades[i], rationale = "Agreed at the meeting." }),
            findings = new object[]
            {
                new { kind = "AreaForDevelopment", text = "Return-home interviews were not always offered.", sectionKey = "missing" },
                new { kind = "GoodPractice", text = "Strategy meetings were timely.", sectionKey = "strategy-meeting" },
                new { kind = "GoodPractice", text = "Health shared concerns the same day.", sectionKey = "health" },
            },
        })).ReadAsync<JsonElement>();
        var finding = met.GetProperty("findings")[0].GetProperty("findingId").GetGuid();
        var report = new { summary = "Risk is recognised early; follow-up is uneven.", narrative = "Four cases were audited.", recommendations = new[] { "Offer every return interview within 72 hours." } };
        (await coordinator.PostJsonAsync($"{audit}/report", report)).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/report/approve", new { })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/actions", new
        {
            actions = new[]
            {
                new { what = "Offer every return-home interview within 72 hours", ownerOrganisationId = o.Council, dueDate = Today.AddDays(90), findingId = finding },
                new { what = "Hold a strategy discussion after every missing episode", ownerOrganisationId = o.Police, dueDate = Today.AddDays(60), findingId = finding },
            },
        })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/board", new { presentedOn = Today })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{audit}/close", new { })).EnsureSuccessStatusCode();
    }

    /// <summary>A cycle for the year: the council scores every indicator and submits, the police start, the health trust has not.</summary>
    private async Task Section11Async(string partnership, HttpClient coordinator, Organisations o)
    {
        var cycle = await (await coordinator.PostJsonAsync("/api/section11/cycles", new { year = Year, deadline = Today.AddDays(60) })).ReadAsync<JsonElement>();
        var id = cycle.GetProperty("id").GetGuid();
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"/api/section11/cycles/{id}/invitations", new { organisationIds = new[] { o.Council, o.Police, o.Health } }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        var scores = cycle.GetProperty("scheme").GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
        var indicators = cycle.GetProperty("framework").GetProperty("standards").EnumerateArray()
            .SelectMany(s => s.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("number").GetString()!)).ToList();
        foreach (var (organisation, count) in new[] { (o.Council, indicators.Count), (o.Police, 2) })
        {
            var auditor = system.Gateway(partnership, Roles.AgencyAuditor, organisation);
            var assessment = $"/api/section11/cycles/{id}/assessments/{organisation}";
            for (var i = 0; i < count; i++)
            {
                (await auditor.PutJsonAsync($"{assessment}/indicators/{indicators[i]}", new { score = scores[i % scores.Count] })).EnsureSuccessStatusCode();
            }
        }

        var council = $"/api/section11/cycles/{id}/assessments/{o.Council}";
        (await system.Gateway(partnership, Roles.AgencyAuditor, o.Council).PostJsonAsync($"{council}/submit", new { })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{council}/moderation", new { indicator = indicators[0], score = scores[^1], rationale = "No evidence of the policy in use." })).EnsureSuccessStatusCode();
    }

    private sealed record Expected(string Overview, string Dashboard, string Compliance, string Board);

    /// <summary>Every figure counted from the owning services' own answers, with only the meaning of each figure known.</summary>
    private static async Task<Expected> CountedFromTheOwnersAsync(HttpClient coordinator, Guid programmeId, Organisations o)
    {
        var directory = await (await coordinator.GetAsync("/api/organisations")).ReadAsync<List<JsonElement>>();
        var names = directory.ToDictionary(d => d.GetProperty("id").GetGuid(), d => d.GetProperty("name").GetString());
        var audits = (await (await coordinator.GetAsync($"/api/audits?year={Year}")).ReadAsync<List<JsonElement>>())
            .Where(a => a.GetProperty("programmeId").GetGuid() == programmeId).ToList();
        var scales = await (await coordinator.GetAsync("/api/audit-tools/grade-scales")).ReadAsync<List<JsonElement>>();
        var cycle = (await (await coordinator.GetAsync("/api/section11/cycles")).ReadAsync<List<JsonElement>>()).Single(c => c.GetProperty("year").GetInt32() == Year);
        var cycleId = cycle.GetProperty("id").GetGuid();
        var returns = await (await coordinator.GetAsync($"/api/section11/cycles/{cycleId}/returns")).ReadAsync<List<JsonElement>>();
        var assessments = new List<JsonElement>();
        foreach (var invited in returns.Select(r => r.GetProperty("organisationId").GetGuid()))
        {
            assessments.Add(await (await coordinator.GetAsync($"/api/section11/cycles/{cycleId}/assessments/{invited}")).ReadAsync<JsonElement>());
        }

        var actions = await (await coordinator.GetAsync("/api/actions")).ReadAsync<List<JsonElement>>();
        var reviews = await (await coordinator.GetAsync("/api/reviews")).ReadAsync<List<JsonElement>>();
        var briefings = await (await coordinator.GetAsync("/api/briefings")).ReadAsync<List<JsonElement>>();

        bool GoodOrBetter(JsonElement audit, string grade)
        {
            var scale = scales.Single(s => s.GetProperty("key").GetString() == audit.GetProperty("terms").GetProperty("tool").GetProperty("gradeScale").GetString());
            int Rank(string code) => scale.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("code").GetString() == code).GetProperty("rank").GetInt32();
            return Rank(grade) <= Rank(scale.GetProperty("expectedMinimum").GetString()!);
        }

        var states = await ItemStatesAsync(coordinator, programmeId, Year);
        int Items(string state) => states.Count(s => s == state);

        string CategoryOf(JsonElement audit, string caseKey) =>
            Text(audit.GetProperty("cases").EnumerateArray().Single(c => Text(c, "caseKey") == caseKey), "category");
        var grades = audits.SelectMany(a => a.GetProperty("caseGrades").EnumerateArray()
            .Select(g => (Audit: a, Grade: Text(g, "grade"), Category: CategoryOf(a, Text(g, "caseKey"))))).ToList();
        var findings = audits.SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString())).ToList();
        var agencyReturns = audits.SelectMany(a => a.GetProperty("returns").EnumerateArray()
            .Select(r => (Audit: a, Organisation: r.GetProperty("organisationId").GetGuid(), Grade: Text(r, "overallGrade")))).ToList();
        var good = grades.Count(g => GoodOrBetter(g.Audit, g.Grade));

        var statuses = actions.Select(a => (Owner: a.GetProperty("ownerOrganisationId").GetGuid(), Status: a.GetProperty("status").GetString()!,
            DaysLate: Today.DayNumber - DateOnly.Parse(a.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture).DayNumber)).ToList();
        object ActionFigures(IReadOnlyList<(Guid Owner, string Status, int DaysLate)> these) => new
        {
            total = these.Count,
            byStatus = ByStatus(these),
            overdue = these.Count(a => a.Status == "Overdue"),
            averageDaysOverdue = these.Any(a => a.Status == "Overdue") ? Math.Round(these.Where(a => a.Status == "Overdue").Average(a => a.DaysLate), 1) : (double?)null,
            closedWithEvidence = these.Count(a => a.Status == "Closed"),
            closedShare = Share(these.Count(a => a.Status == "Closed"), these.Count),
        };

        var submitted = assessments.Where(a => a.GetProperty("submittedAt").ValueKind != JsonValueKind.Null).ToList();
        var moderated = submitted.SelectMany(a => a.GetProperty("moderated").EnumerateArray().Select(m => (Assessment: a, Moderation: m))).ToList();
        var scheme = cycle.GetProperty("scheme");
        int ScoreRank(string code) => scheme.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code).GetProperty("rank").GetInt32();
        string SelfScore(JsonElement assessment, string indicator) =>
            assessment.GetProperty("answers").EnumerateArray().Single(x => x.GetProperty("indicator").GetString() == indicator).GetProperty("score").GetString()!;
        var returned = returns.Count(r => r.GetProperty("state").GetString() == "Submitted");

        var overview = Canonical(new
        {
            organisations = directory.Count,
            programme = ProgrammeFigures(states),
            audits = new
            {
                audits = grades.Select(g => g.Audit.GetProperty("id").GetGuid()).Distinct().Count(),
                casesGraded = grades.Count,
                goodOrBetter = good,
                goodOrBetterShare = Share(good, grades.Count),
                grades = grades.GroupBy(g => g.Grade).Select(g => new { grade = g.Key, cases = g.Count() }),
                byCategory = grades.GroupBy(g => g.Category).Select(c => new
                {
                    category = c.Key,
                    graded = c.Count(),
                    goodOrBetter = c.Count(g => GoodOrBetter(g.Audit, g.Grade)),
                    goodOrBetterShare = Share(c.Count(g => GoodOrBetter(g.Audit, g.Grade)), c.Count()),
                }),
                agencyReturns = agencyReturns.Count,
                goodPractice = findings.Count(k => k == "GoodPractice"),
                areasForDevelopment = findings.Count(k => k == "AreaForDevelopment"),
                immediateConcerns = audits.Sum(a => a.GetProperty("concerns").GetArrayLength()),
            },
            cycles = new[]
            {
                new
                {
                    kind = "Section11", invited = returns.Count, returned, returnRate = Share(returned, returns.Count),
                    reminders = returns.Sum(r => r.GetProperty("reminders").GetInt32()), indicatorsModerated = moderated.Count,
                    moderatedBelowSelfScore = moderated.Count(m => ScoreRank(Text(m.Moderation, "score")) > ScoreRank(SelfScore(m.Assessment, Text(m.Moderation, "indicator")))),
                    weakIndicators = moderated.Count(m => m.Moderation.GetProperty("weak").GetBoolean()), closed = cycle.GetProperty("stage").GetString() == "Closed",
                },
            },
            actions = ActionFigures(statuses),
            reviews = new
            {
                reviews = reviews.Count,
                decided = reviews.Count(r => r.GetProperty("decision").ValueKind != JsonValueKind.Null),
                deadlinesMissed = reviews.Sum(r => OpenDeadlines(r).Count(d => d.Due < Today)),
                deadlinesAtRisk = reviews.Sum(r => r.GetProperty("flags").EnumerateArray()
                    .Count(f => !f.GetProperty("missed").GetBoolean() && OpenDeadlines(r).Any(d => d.Name == f.GetProperty("deadline").GetString() && d.Due >= Today))),
            },
            briefingsPublished = briefings.Count(b => b.GetProperty("isPublished").GetBoolean()),
        });

        var own = agencyReturns.Where(r => r.Organisation == o.Police).ToList();
        var ownGood = own.Count(r => GoodOrBetter(r.Audit, r.Grade));
        var allGood = agencyReturns.Count(r => GoodOrBetter(r.Audit, r.Grade));
        var returnedTo = own.Select(r => r.Audit).DistinctBy(a => a.GetProperty("id").GetGuid()).ToList();
        var ownFindings = returnedTo.SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString())).ToList();
        var policeActions = statuses.Where(a => a.Owner == o.Police).ToList();
        var dashboard = Canonical(new
        {
            returns = new { returns = own.Count, goodOrBetter = ownGood, goodOrBetterShare = Share(ownGood, own.Count), partnershipGoodOrBetterShare = Share(allGood, agencyReturns.Count) },
            findings = new { audits = returnedTo.Count, goodPractice = ownFindings.Count(k => k == "GoodPractice"), areasForDevelopment = ownFindings.Count(k => k == "AreaForDevelopment") },
            actions = new
            {
                owned = policeActions.Count,
                byStatus = ByStatus(policeActions),
                overdue = policeActions.Count(a => a.Status == "Overdue"),
                partnershipTotal = statuses.Count,
                partnershipOverdue = statuses.Count(a => a.Status == "Overdue"),
            },
        });

        var standards = cycle.GetProperty("framework").GetProperty("standards").EnumerateArray()
            .Select(s => (Number: s.GetProperty("number").GetInt32(), Indicators: s.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList())).ToList();
        var compliance = Canonical(new
        {
            invited = returns.Count,
            returned,
            returnRate = Share(returned, returns.Count),
            organisations = returns.Select(r => r.GetProperty("organisationId").GetGuid()).Select(organisation =>
            {
                var assessment = submitted.SingleOrDefault(a => a.GetProperty("organisationId").GetGuid() == organisation);
                return new
                {
                    organisationId = organisation,
                    name = names[organisation],
                    returned = assessment.ValueKind != JsonValueKind.Undefined,
                    standards = assessment.ValueKind == JsonValueKind.Undefined ? [] : standards.Select(s =>
                    {
                        var moderations = assessment.GetProperty("moderated").EnumerateArray().Where(m => s.Indicators.Contains(m.GetProperty("indicator").GetString()!)).ToList();
                        return new
                        {
                            standard = s.Number,
                            selfScore = s.Indicators.Select(i => SelfScore(assessment, i)).MaxBy(ScoreRank),
                            moderatedScore = moderations.Select(m => m.GetProperty("score").GetString()!).MaxBy(ScoreRank),
                            weak = moderations.Any(m => m.GetProperty("weak").GetBoolean()),
                        };
                    }).ToArray(),
                };
            }),
        });

        var board = Canonical(new Dictionary<string, int>
        {
            ["Programme delivery/Scheduled"] = Items("scheduled"),
            ["Programme delivery/In progress"] = Items("inProgress"),
            ["Programme delivery/Overdue"] = Items("overdue"),
            ["Programme delivery/Done"] = Items("done"),
            ["Programme delivery/Withdrawn"] = Items("withdrawn"),
            ["Audit results/Audits"] = grades.Select(g => g.Audit.GetProperty("id").GetGuid()).Distinct().Count(),
            ["Audit results/Good practice found"] = findings.Count(k => k == "GoodPractice"),
            ["Audit results/Areas for development"] = findings.Count(k => k == "AreaForDevelopment"),
            ["Section 11/Invited"] = returns.Count,
            ["Section 11/Returned"] = returned,
            ["Section 11/Indicators moderated"] = moderated.Count,
        });
        return new(overview, dashboard, compliance, board);
    }

    /// <summary>
    /// Where each item of a year's programme stands, from its owners: Programme says what is overdue (the day after it
    /// was due), Audit whether an audit is under way, closed or cancelled with its item, Section 11 whether its cycle is.
    /// </summary>
    private static async Task<List<string>> ItemStatesAsync(HttpClient coordinator, Guid programmeId, int year)
    {
        var programme = await (await coordinator.GetAsync($"/api/programmes/{programmeId}")).ReadAsync<JsonElement>();
        var audits = (await (await coordinator.GetAsync($"/api/audits?year={year}")).ReadAsync<List<JsonElement>>())
            .Where(a => a.GetProperty("programmeId").GetGuid() == programmeId).ToDictionary(a => a.GetProperty("id").GetGuid(), a => a.GetProperty("stage").GetString());
        var cycle = (await (await coordinator.GetAsync("/api/section11/cycles")).ReadAsync<List<JsonElement>>()).SingleOrDefault(c => c.GetProperty("year").GetInt32() == year);
        var overdue = programme.GetProperty("progress").EnumerateArray().Where(p => p.GetProperty("status").GetString() == "Overdue").Select(p => p.GetProperty("itemId").GetGuid()).ToHashSet();
        return
        [
            .. programme.GetProperty("items").EnumerateArray().Select(item =>
            {
                var id = item.GetProperty("itemId").GetGuid();
                var (done, started) = item.GetProperty("kind").GetString() switch
                {
                    "Section11Cycle" => (cycle.ValueKind != JsonValueKind.Undefined && cycle.GetProperty("stage").GetString() == "Closed", cycle.ValueKind != JsonValueKind.Undefined),
                    _ => (audits[id] == "Closed", audits[id] != "Scoping"),
                };
                return done ? "done" : overdue.Contains(id) ? "overdue" : started ? "inProgress" : "scheduled";
            }),
            .. audits.Values.Where(stage => stage == "Cancelled").Select(_ => "withdrawn"),
        ];
    }

    private static IReadOnlyList<object> ByStatus(IEnumerable<(Guid Owner, string Status, int DaysLate)> actions) =>
        [.. actions.GroupBy(a => a.Status).Select(g => new { status = g.Key, actions = g.Count() })];

    /// <summary>A review's statutory deadlines still waiting for their step, as Learning lists them.</summary>
    private static IEnumerable<(string Name, DateOnly Due)> OpenDeadlines(JsonElement review) =>
        review.GetProperty("openDeadlines").EnumerateArray().Select(d =>
            (d.GetProperty("name").GetString()!, DateOnly.Parse(d.GetProperty("deadline").GetProperty("due").GetString()!, CultureInfo.InvariantCulture)));

    private static object ProgrammeFigures(List<string> states)
    {
        int Items(string state) => states.Count(s => s == state);
        return new { scheduled = Items("scheduled"), inProgress = Items("inProgress"), overdue = Items("overdue"), done = Items("done"), withdrawn = Items("withdrawn") };
    }

    /// <summary>The overview's figures (not its freshness) in the same canonical form as the count.</summary>
    private static string Overview(JsonElement o) => Canonical(new
    {
        organisations = o.GetProperty("organisations"),
        programme = o.GetProperty("programme"),
        audits = o.GetProperty("audits"),
        cycles = o.GetProperty("cycles"),
        actions = o.GetProperty("actions"),
        reviews = o.GetProperty("reviews"),
        briefingsPublished = o.GetProperty("learning").GetProperty("briefingsPublished"),
    });

    private static string Dashboard(JsonElement d) => Canonical(new
    {
        returns = d.GetProperty("returns"),
        findings = d.GetProperty("findings"),
        actions = d.GetProperty("actions"),
    });

    private static string Compliance(JsonElement c) => Canonical(new
    {
        invited = c.GetProperty("invited"),
        returned = c.GetProperty("returned"),
        returnRate = c.GetProperty("returnRate"),
        organisations = c.GetProperty("organisations").EnumerateArray().Select(r => new
        {
            organisationId = r.GetProperty("organisationId"),
            name = r.GetProperty("name"),
            returned = r.GetProperty("returned"),
            standards = r.GetProperty("standards").EnumerateArray()
                .Select(s => new { standard = s.GetProperty("standard"), selfScore = s.GetProperty("selfScore"), moderatedScore = s.GetProperty("moderatedScore"), weak = s.GetProperty("weak") }),
        }),
    });

    /// <summary>The Board report's figures that are counts shown whatever their size (small numbers are suppressed elsewhere).</summary>
    private static string BoardFigures(JsonElement report) => Canonical(
        report.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("figures").EnumerateArray().Select(f => (Key: $"{s.GetProperty("heading").GetString()}/{f.GetProperty("label").GetString()}", Value: f.GetProperty("value").GetString()!)))
            .Where(f => BoardCounts.Contains(f.Key))
            .ToDictionary(f => f.Key, f => int.Parse(f.Value, CultureInfo.InvariantCulture)));

    private static readonly HashSet<string> BoardCounts =
    [
        "Programme delivery/Scheduled", "Programme delivery/In progress", "Programme delivery/Overdue", "Programme delivery/Done", "Programme delivery/Withdrawn",
        "Audit results/Audits", "Audit results/Good practice found", "Audit results/Areas for development",
        "Section 11/Invited", "Section 11/Returned", "Section 11/Indicators moderated",
    ];

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);

    /// <summary>JSON with every object's properties and every list's items in one order, so equal figures read equal.</summary>
    private static string Canonical(object value) => Canonical(JsonSerializer.SerializeToElement(value, Json.Options));

    private static string Canonical(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{Canonical(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        _ => e.GetRawText(),
    };
}
