using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// A realistic year as the other services really publish it (ProducedYear), through RabbitMQ, checked figure by figure
/// against numbers worked out by hand from its description.
/// </summary>
public sealed class RealisticYearTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2027, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Today);
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync("reporting-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static readonly PartnershipOverview Expected = new(
        "", ProducedYear.Year, 12,
        new ProgrammeFigures(Scheduled: 1, InProgress: 1, Overdue: 1, Done: 4, Withdrawn: 0),
        new AuditFigures(
            Audits: 4, CasesGraded: 24, GoodOrBetter: 12, GoodOrBetterShare: 0.5,
            [new("good", 6), new("inadequate", 6), new("outstanding", 6), new("requires-improvement", 6)],
            [
                new(CaseCategory.EarlyHelp, 4, 2, 0.5), new(CaseCategory.ChildInNeed, 4, 2, 0.5), new(CaseCategory.ChildProtection, 8, 4, 0.5),
                new(CaseCategory.LookedAfterChild, 8, 4, 0.5),
            ],
            AgencyReturns: 72, GoodPractice: 8, AreasForDevelopment: 12, ImmediateConcerns: 2),
        [new CycleFigures(SelfAssessmentKind.Section11, Invited: 12, Returned: 10, ReturnRate: 0.833, Reminders: 5, IndicatorsModerated: 10, ModeratedBelowSelfScore: 4, WeakIndicators: 4, Closed: true)],
        new ActionFigures(
            40,
            [
                new(ActionStatus.NotStarted, 5), new(ActionStatus.OnTrack, 10), new(ActionStatus.AtRisk, 5), new(ActionStatus.Overdue, 5),
                new(ActionStatus.Completed, 5), new(ActionStatus.Closed, 10),
            ],
            Overdue: 5, AverageDaysOverdue: 154.0, ClosedWithEvidence: 10, ClosedShare: 0.25),
        // The exploitation review's panel notification is missed; the neglect review's Rapid Review, flagged at risk, was
        // decided in time, so nothing is at risk now.
        new ReviewFigures(Reviews: 2, Decided: 1, DeadlinesMissed: 1, DeadlinesAtRisk: 0),
        new LearningFigures(BriefingsPublished: 3, FeedbackResponses: 4, AverageRating: 4.0),
        new Freshness(0, false));

    private async Task<PartnershipOverview> SettledOverviewAsync(string partnership) =>
        await Eventually.Get(
            async () => await (await _host.ClientFor(partnership, Roles.BoardReader).GetAsync($"/api/reports/overview?year={ProducedYear.Year}")).ReadAsync<PartnershipOverview>(),
            o => o.Learning.FeedbackResponses == 4 && o.Actions.Total == 40 && o.Audits.AgencyReturns == 72 && o.Cycles.Count == 1 && o.Cycles[0].Reminders == 5
                && o.Actions.ClosedWithEvidence == 10 && o.Freshness.EventsBehind == 0,
            TimeSpan.FromSeconds(90));

    private static void AssertFigures(PartnershipOverview expected, PartnershipOverview actual)
    {
        Assert.Equal(expected.Organisations, actual.Organisations);
        Assert.Equal(expected.Programme, actual.Programme);
        Assert.Equal(expected.Audits with { Grades = [], ByCategory = [] }, actual.Audits with { Grades = [], ByCategory = [] });
        Assert.Equal(expected.Audits.Grades, actual.Audits.Grades);
        Assert.Equal(expected.Audits.ByCategory, actual.Audits.ByCategory);
        Assert.Equal(expected.Cycles, actual.Cycles);
        Assert.Equal(expected.Actions with { ByStatus = [] }, actual.Actions with { ByStatus = [] });
        Assert.Equal(expected.Actions.ByStatus, actual.Actions.ByStatus);
        Assert.Equal(expected.Reviews, actual.Reviews);
        Assert.Equal(expected.Learning, actual.Learning);
    }

    [Fact]
    public async Task Every_figure_of_the_overview_matches_the_hand_count_and_twice_shuffled_delivery_changes_none()
    {
        string once = TestTokens.NewPartnership(), twiceShuffled = TestTokens.NewPartnership();
        var messages = ProducedYear.For(twiceShuffled).Messages;

        await _host.PublishAsync(ProducedYear.For(once).Messages);
        await _host.PublishAsync([.. messages.Concat(messages).OrderBy(m => DeterministicOrder(m.EventId))]);

        AssertFigures(Expected, await SettledOverviewAsync(once));
        AssertFigures(Expected, await SettledOverviewAsync(twiceShuffled));
        var elsewhere = await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.BoardReader).GetAsync("/api/reports/overview?year=2027")).ReadAsync<PartnershipOverview>();
        Assert.Equal((0, 0), (elsewhere.Organisations, elsewhere.Actions.Total));
    }

    // A fixed shuffle, so a failure can be replayed.
    private static int DeterministicOrder(Guid id) => id.GetHashCode();

    [Fact]
    public async Task The_CSV_and_XLSX_exports_read_back_to_the_same_numbers()
    {
        var partnership = TestTokens.NewPartnership();
        var year = ProducedYear.For(partnership);
        await _host.PublishAsync(year.Messages);
        await SettledOverviewAsync(partnership);
        var coordinator = _host.ClientFor(partnership, Roles.Coordinator);

        var actionsCsv = ExportReader.Csv(await coordinator.GetStringAsync("/api/reports/exports/actions.csv"));
        var actionsXlsx = ExportReader.Xlsx(await coordinator.GetByteArrayAsync("/api/reports/exports/actions.xlsx"));
        var grades = ExportReader.Xlsx(await coordinator.GetByteArrayAsync("/api/reports/exports/grades.xlsx"));
        var section11 = ExportReader.Csv(await coordinator.GetStringAsync("/api/reports/exports/section11.csv"));

        foreach (var actions in new[] { actionsCsv, actionsXlsx })
        {
            Assert.Equal(40, actions.Count);
            Assert.Equal(Expected.Actions.ByStatus, actions.GroupBy(a => Enum.Parse<ActionStatus>(a["status"])).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Count())));
        }

        var agreed = grades.Where(g => g["agreed_at_meeting"] == "true").ToList();
        Assert.Equal((24, 12, 72), (agreed.Count, agreed.Count(g => g["meets_expectation"] == "true"), grades.Count - agreed.Count));
        Assert.Equal((200, 4), (section11.Count, section11.Count(r => r["weak"] == "true")));
        Assert.DoesNotContain(grades, g => g.Values.Any(v => v.StartsWith("SH-", StringComparison.Ordinal)));
        await (await _host.ClientFor(partnership, Roles.BoardReader).GetAsync("/api/reports/exports/grades.csv")).ReadProblemAsync(403);
        await (await coordinator.GetAsync("/api/reports/exports/secrets.csv")).ReadProblemAsync(404);

        // Every export, and every export asked for and refused, is in the partnership's access log.
        var log = await (await coordinator.GetAsync("/api/reports/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();
        Assert.Equal(4, log.Count(r => r.Kind == "report-export" && !r.Refused && r.Subject == "test-coordinator"));
        Assert.Contains(log, r => r.Kind == "report-export" && r.Refused && r.Path.EndsWith("secrets.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_board_report_opens_as_a_PDF_with_its_headline_figures_and_reads_the_same_in_Word_and_HTML()
    {
        var partnership = TestTokens.NewPartnership();
        var year = ProducedYear.For(partnership);
        await _host.PublishAsync(year.Messages);
        await SettledOverviewAsync(partnership);
        var board = _host.ClientFor(partnership, Roles.BoardReader);

        var pdf = await board.GetAsync("/api/reports/board?year=2027&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        var word = await board.GetByteArrayAsync("/api/reports/board?year=2027&format=docx");
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(word), false);
        var html = await board.GetStringAsync("/api/reports/board?year=2027&format=html");

        foreach (var content in new[] { text, docx.MainDocumentPart!.Document.Body!.InnerText, System.Net.WebUtility.HtmlDecode(html) })
        {
            Assert.Contains("Quality assurance report to the Partnership Board, 2027", content, StringComparison.Ordinal);
            Assert.Contains("4 of 7 scheduled items are done", content, StringComparison.Ordinal);
            Assert.Contains("50% of 24 cases audited were graded Good or better", content, StringComparison.Ordinal);
            Assert.Contains("10 of 12 organisations returned (83%)", content, StringComparison.Ordinal);
            Assert.Contains("40 actions; 5 overdue; 10 closed with evidence of impact", content, StringComparison.Ordinal);
            Assert.Contains("<5 reviews; <5 statutory deadlines missed", content, StringComparison.Ordinal);
            Assert.DoesNotContain("SH-2027", content, StringComparison.Ordinal);
        }

        Assert.Contains("Cases graded Good or better, by year", text, StringComparison.Ordinal);
        await (await board.GetAsync("/api/reports/board?year=2027&format=xls")).ReadProblemAsync(400);
    }

    [Fact]
    public async Task A_rebuild_from_scratch_gives_the_same_figures_as_the_live_read_models()
    {
        var partnership = TestTokens.NewPartnership();
        var year = ProducedYear.For(partnership);
        await _host.PublishAsync(year.Messages);
        var live = await SettledOverviewAsync(partnership);
        var admin = _host.ClientFor(partnership, Roles.Admin);
        var platformOperator = _host.CreateClient().WithToken(TestTokens.ForOperator());

        // Lose a read model, as a bad deployment might: the rebuild must bring it back from the log.
        await using (var session = _host.Services.GetRequiredService<Marten.IDocumentStore>().LightweightSession(partnership))
        {
            session.DeleteWhere<Safeguarding.Reporting.ReadModels.ActionRow>(a => true);
            await session.SaveChangesAsync();
        }

        Assert.Equal(0, (await (await admin.GetAsync("/api/reports/overview?year=2027")).ReadAsync<PartnershipOverview>()).Actions.Total);
        var started = await platformOperator.PostJsonAsync(RebuildEndpoints.ServicePath, new { });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        var finished = await Eventually.Get(
            async () => await (await platformOperator.GetAsync(RebuildEndpoints.ServicePath)).ReadAsync<RebuildStatus>(),
            s => !s.Running,
            TimeSpan.FromMinutes(3));

        Assert.Equal((null, 100.0), (finished.Error, finished.Percent));
        Assert.True(finished.EventsPerSecond > 0);
        AssertFigures(live, await SettledOverviewAsync(partnership));
        var followed = await (await admin.GetAsync("/api/reports/rebuild")).ReadAsync<PartnershipRebuildStatus>();
        Assert.Equal((false, false, 100.0, 0L, finished.FinishedAt), (followed.Running, followed.Failed, followed.Percent, followed.EventsBehind, followed.FinishedAt));

        // After the rebuild the read models follow new events again.
        var learning = new LearningProducer(partnership, year.Agencies.ToHashSet(), new ProducerClock(Today));
        learning.RecordAction("After the rebuild", year.Agencies[1], new DateOnly(2028, 1, 31));
        await _host.PublishAsync(learning.Sent);
        await Eventually.Get(
            async () => await (await admin.GetAsync("/api/reports/overview?year=2027")).ReadAsync<PartnershipOverview>(),
            o => o.Actions.Total == 41,
            TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Finding: one partnership's administrator rebuilt Reporting for every partnership, and the overview's freshness
    /// showed positions on the sequence all partnerships share (how busy the others are).
    /// </summary>
    [Fact]
    public async Task No_partnership_role_rebuilds_every_partnership_and_none_sees_figures_about_other_partnerships()
    {
        var partnership = TestTokens.NewPartnership();
        var admin = _host.ClientFor(partnership, Roles.Admin);
        foreach (var role in Roles.All)
        {
            var caller = _host.ClientFor(partnership, role);
            await (await caller.PostJsonAsync(RebuildEndpoints.ServicePath, new { })).ReadProblemAsync(403);
            await (await caller.GetAsync(RebuildEndpoints.ServicePath)).ReadProblemAsync(403);
            if (role != Roles.Admin)
            {
                await (await caller.PostJsonAsync("/api/reports/rebuild", new { })).ReadProblemAsync(403);
            }
        }

        // A token that names a partnership as well as the operator role is that partnership's, not the operator's.
        var both = _host.CreateClient().WithToken(LocalTokenIssuer.Issue(TestTokens.Options, "mixed", partnership, [Roles.Operator, Roles.Admin]));
        await (await both.PostJsonAsync(RebuildEndpoints.ServicePath, new { })).ReadProblemAsync(403);
        Assert.False(_host.Services.GetRequiredService<ReadModelRebuild>().Status.Running);

        var overview = await (await admin.GetAsync("/api/reports/overview")).ReadAsync<System.Text.Json.JsonElement>();
        Assert.Equal(["eventsBehind", "rebuilding"], overview.GetProperty("freshness").EnumerateObject().Select(p => p.Name));
        var followed = await (await admin.GetAsync("/api/reports/rebuild")).ReadAsync<System.Text.Json.JsonElement>();
        Assert.DoesNotContain(followed.EnumerateObject(), p => p.Name is "eventsPerSecond" or "error");
    }

    /// <summary>
    /// Both partnerships lose their actions' rows; the administrator of one rebuilds its figures from its own events.
    /// Its figures come back exactly (nothing counted twice), the other's stay lost (nothing of it read or written),
    /// and both follow new events afterwards.
    /// </summary>
    [Fact]
    public async Task An_administrator_rebuilds_the_partnerships_own_figures_and_no_other_partnerships()
    {
        string own = TestTokens.NewPartnership(), other = TestTokens.NewPartnership();
        ProducedYear ownYear = ProducedYear.For(own), otherYear = ProducedYear.For(other);
        await _host.PublishAsync([.. ownYear.Messages, .. otherYear.Messages]);
        var live = await SettledOverviewAsync(own);
        await SettledOverviewAsync(other);
        foreach (var partnership in new[] { own, other })
        {
            await using var session = _host.Services.GetRequiredService<Marten.IDocumentStore>().LightweightSession(partnership);
            session.DeleteWhere<ActionRow>(a => true);
            await session.SaveChangesAsync();
        }

        var admin = _host.ClientFor(own, Roles.Admin);
        var started = await admin.PostJsonAsync("/api/reports/rebuild", new { });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        Assert.True((await started.ReadAsync<PartnershipRebuildStatus>()).Running);
        var finished = await Eventually.Get(
            async () => await (await admin.GetAsync("/api/reports/rebuild")).ReadAsync<PartnershipRebuildStatus>(),
            s => !s.Running,
            TimeSpan.FromMinutes(2));

        Assert.Equal((false, 100.0), (finished.Failed, finished.Percent));
        var again = await admin.PostJsonAsync("/api/reports/rebuild", new { });
        await again.ReadProblemAsync(429);
        Assert.Equal(TimeSpan.FromMinutes(5), again.Headers.RetryAfter?.Delta);
        AssertFigures(live, await SettledOverviewAsync(own));
        Assert.Equal(0, (await OverviewAsync(other)).Actions.Total);
        Assert.False(_host.Services.GetRequiredService<ReadModelRebuild>().Status.Running);
        Assert.Null((await (await _host.ClientFor(other, Roles.Admin).GetAsync("/api/reports/rebuild")).ReadAsync<PartnershipRebuildStatus>()).StartedAt);

        foreach (var (partnership, agencies, total) in new[] { (own, ownYear.Agencies, 41), (other, otherYear.Agencies, 1) })
        {
            var learning = new LearningProducer(partnership, agencies.ToHashSet(), new ProducerClock(Today));
            learning.RecordAction("After the rebuild", agencies[1], new DateOnly(2028, 1, 31));
            await _host.PublishAsync(learning.Sent);
            await Eventually.Get(() => OverviewAsync(partnership), o => o.Actions.Total == total, TimeSpan.FromSeconds(30));
        }
    }

    private async Task<PartnershipOverview> OverviewAsync(string partnership) =>
        await (await _host.ClientFor(partnership, Roles.Admin).GetAsync($"/api/reports/overview?year={ProducedYear.Year}")).ReadAsync<PartnershipOverview>();

    [Fact]
    public async Task An_agency_sees_its_own_dashboard_beside_the_partnership_and_the_board_sees_themes_and_compliance()
    {
        var partnership = TestTokens.NewPartnership();
        var year = ProducedYear.For(partnership);
        await _host.PublishAsync(year.Messages);
        await SettledOverviewAsync(partnership);
        Guid agency0 = year.Agencies[0], agency11 = year.Agencies[11];
        var agency = _host.ClientFor(partnership, Roles.AgencyAuditor, agency0.ToString());
        var board = _host.ClientFor(partnership, Roles.BoardReader);

        var own = await (await agency.GetAsync($"/api/reports/agencies/{agency0}?year=2027")).ReadAsync<Dashboards.AgencyDashboard>();
        await (await agency.GetAsync($"/api/reports/agencies/{agency11}?year=2027")).ReadProblemAsync(403);
        await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync($"/api/reports/agencies/{agency0}?year=2027")).ReadProblemAsync(404);
        var theme = await (await board.GetAsync("/api/reports/themes/Theme 0")).ReadAsync<Dashboards.ThemeTrend>();
        var matrix = await (await board.GetAsync("/api/reports/compliance/Section11/2027")).ReadAsync<Dashboards.ComplianceMatrix>();

        Assert.Equal(("Agency 0 (renamed)", new Dashboards.ReturnFigures(24, 12, 0.5, 0.5)), (own.Name, own.Returns));
        Assert.Equal(
            [.. Enumerable.Range(1, 8).Select(standard => new Dashboards.StandardCell(standard, "3", standard == 5 ? "1" : null, standard == 5, null))],
            own.Section11);
        Assert.Equal(new Dashboards.AuditFindings(Audits: 4, GoodPractice: 8, AreasForDevelopment: 12), own.Findings);
        Assert.Equal((4, 0, 40, 5), (own.Actions.Owned, own.Actions.Overdue, own.Actions.PartnershipTotal, own.Actions.PartnershipOverdue));
        Assert.Equal([new StatusCount(ActionStatus.NotStarted, 1), new StatusCount(ActionStatus.OnTrack, 1), new StatusCount(ActionStatus.Completed, 1), new StatusCount(ActionStatus.Closed, 1)], own.Actions.ByStatus);
        Assert.Equal([new Dashboards.ThemeYear(2027, 1, 6, 0.667, 3, 1)], theme.Years);
        Assert.Equal((12, 10, 0.833, 12), (matrix.Invited, matrix.Returned, matrix.ReturnRate, matrix.Organisations.Count));
        Assert.False(matrix.Organisations.Single(o => o.OrganisationId == agency11).Returned);
        await (await agency.GetAsync("/api/reports/compliance/Section11/2027")).ReadProblemAsync(403);
        var overdue = await (await board.GetAsync("/api/reports/actions/overdue")).ReadAsync<List<Dashboards.OverdueAction>>();
        Assert.Equal(5, overdue.Count);
        Assert.All(overdue, a => Assert.Equal(154, a.DaysOverdue));
        Assert.Equal(
            overdue.Where(a => a.OwnerOrganisationId == agency0).Select(a => a.ActionId),
            (await (await agency.GetAsync("/api/reports/actions/overdue")).ReadAsync<List<Dashboards.OverdueAction>>()).Select(a => a.ActionId));
    }
}
