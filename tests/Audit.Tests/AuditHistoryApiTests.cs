using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Testing;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class AuditHistoryApiTests(AuditService service)
{
    private readonly AuditJourney _journey = new(service);

    [Fact]
    public async Task An_audit_can_be_read_as_it_was_at_any_version_or_at_any_time_its_history_shows()
    {
        await _journey.OpenAsync();
        await _journey.PostAsync("terms-of-reference", Terms(organisations: _journey.Organisations));
        await _journey.PostAsync("cases", FourCases());
        var history = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();

        var atVersion2 = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}?asOf=2")).ReadAsync<AuditView>();
        var atOpening = await (await AsOfAsync(history[0].At)).ReadAsync<AuditView>();
        var atTerms = await (await AsOfAsync(history[1].At)).ReadAsync<AuditView>();
        var now = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();

        Assert.Equal((AuditStage.TermsAgreed, 2L, 0), (atVersion2.Stage, atVersion2.Version, atVersion2.Cases.Count));
        Assert.Equal((AuditStage.Scoping, 1L), (atOpening.Stage, atOpening.Version));
        Assert.Equal((AuditStage.TermsAgreed, 2L), (atTerms.Stage, atTerms.Version));
        Assert.Equal((AuditStage.CasesSelected, 3L), (now.Stage, now.Version));
        await (await AsOfAsync(history[0].At.AddTicks(-1))).ReadProblemAsync(404);
    }

    [Fact]
    public async Task A_bad_asOf_is_named_and_an_unreached_version_is_not_found()
    {
        await _journey.OpenAsync();

        var problem = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}?asOf=last-tuesday")).ReadProblemAsync(400);

        Assert.Equal(["asOf"], problem.Errors.Keys);
        await (await _journey.Coordinator.GetAsync($"/api/audits/{Guid.NewGuid()}?asOf=1")).ReadProblemAsync(404);
        await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}?asOf=9")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task A_comparison_needs_a_re_audit() =>
        await (await _journey.Coordinator.GetAsync($"/api/audits/{(await _journey.OpenAsync()).Id}/comparison")).ReadProblemAsync(409);

    [Fact]
    public async Task The_history_shows_a_drafted_report_only_to_whoever_the_audit_s_view_shows_it_to()
    {
        await _journey.ToReturnsOpenAsync();
        await _journey.PostAsync("returns/close", new { });
        (await _journey.PostAsync("meeting", new
        {
            heldOn = Today,
            attendees = new[] { new { organisationId = _journey.Organisations.Council, role = "Chair" } },
            caseGrades = FourCases().Cases!.Select(c => new { caseKey = c.CaseKey, grade = "good", rationale = "Agreed." }),
            findings = new[] { new { kind = "GoodPractice", text = "Strategy meetings were timely." } },
        })).EnsureSuccessStatusCode();
        (await _journey.PostAsync("report", Report())).EnsureSuccessStatusCode();
        var panel = service.Host.ClientFor(_journey.Partnership, ServiceDefaults.Security.Roles.PanelMember, _journey.Organisations.PanelChair.ToString());

        var coordinators = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        var panels = await (await panel.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        var panelsView = await (await panel.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();

        Assert.Equal([new HistoryDetail("summary", Report().Summary!)], coordinators.Single(h => h.Event == "audit_report_drafted").Details);
        Assert.Equal(("Report drafted", 0), (panels.Single(h => h.Event == "audit_report_drafted").Label, panels.Single(h => h.Event == "audit_report_drafted").Details.Count));
        Assert.Null(panelsView.Report);
    }

    private Task<HttpResponseMessage> AsOfAsync(DateTimeOffset time) =>
        _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}?asOf={Uri.EscapeDataString(time.ToString("O"))}");
}
