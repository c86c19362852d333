using System.Net;
using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Testing;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class AuditReturnsApiTests(AuditService service)
{
    private readonly AuditJourney _journey = new(service);

    [Fact]
    public async Task From_scoping_to_open_returns_each_step_is_recorded_with_its_actor()
    {
        var audit = await _journey.ToReturnsOpenAsync();

        Assert.Equal(AuditStage.ReturnsOpen, audit.Stage);
        Assert.Equal(8, audit.ReturnStatuses.Count);
        var history = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        Assert.Equal(["audit_opened", "terms_of_reference_agreed", "cases_selected", "agencies_notified"], history.Select(h => h.Event));
        Assert.All(history.Skip(1), h => Assert.Equal("test-coordinator", h.By));
    }

    [Fact]
    public async Task A_step_out_of_order_is_a_409_saying_why_and_changes_nothing()
    {
        await _journey.OpenAsync();

        var problem = await (await _journey.PostAsync("cases", FourCases())).ReadProblemAsync(409);

        Assert.Contains("Scoping", problem.Detail, StringComparison.Ordinal);
        var audit = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal((AuditStage.Scoping, 1L), (audit.Stage, audit.Version));
    }

    [Fact]
    public async Task A_case_key_that_looks_like_a_name_is_refused_and_nothing_is_stored()
    {
        await _journey.OpenAsync();
        await _journey.PostAsync("terms-of-reference", Terms(organisations: _journey.Organisations));
        var sample = new SelectCases([.. FourCases().Cases!.Skip(1), FourCases().Cases![0] with { CaseKey = "JANE-DOE-2014" }]);

        var problem = await (await _journey.PostAsync("cases", sample)).ReadProblemAsync(400);

        Assert.Equal(["cases[3].caseKey"], problem.Errors.Keys);
        var audit = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Empty(audit.Cases);
    }

    [Fact]
    public async Task An_agency_writes_and_reads_only_its_own_returns()
    {
        await _journey.ToReturnsOpenAsync();
        var police = _journey.AuditorOf(_journey.Police);

        Assert.Equal(HttpStatusCode.OK, (await _journey.SubmitAsync(police, _journey.Police, "SH-2027-003", Return())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _journey.SubmitAsync(_journey.AuditorOf(_journey.Health), _journey.Health, "SH-2027-003", Return("requires-improvement"))).StatusCode);

        await (await _journey.SubmitAsync(police, _journey.Health, "SH-2027-003", Return("inadequate"))).ReadProblemAsync(403);
        var policeView = await (await police.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal([_journey.Police], policeView.Returns.Select(r => r.OrganisationId));
        Assert.All(policeView.ReturnStatuses, s => Assert.Equal(_journey.Police, s.OrganisationId));

        // The police were asked about two of the four children, and see of each only that they knew it.
        Assert.Equal(["SH-2027-003", "SH-2027-004"], policeView.Cases.Select(c => c.CaseKey));
        Assert.Equal(["SH-2027-003", "SH-2027-004"], policeView.Agencies.Select(a => a.CaseKey));
        Assert.All(policeView.Agencies, a => Assert.Equal([_journey.Police], a.OrganisationIds));
        var listed = Assert.Single(await (await police.GetAsync("/api/audits")).ReadAsync<List<AuditView>>());
        Assert.Equal([_journey.Police], listed.Returns.Select(r => r.OrganisationId));
        var history = await (await police.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        Assert.Equal(["good", null], history.Where(h => h.Event == "return_submitted").Select(h => h.Details.SingleOrDefault(d => d.Name == "overallGrade")?.Value));

        var coordinatorView = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal(2, coordinatorView.Returns.Count);
        Assert.Equal((4, 3), (coordinatorView.Cases.Count, coordinatorView.Agencies.Single(a => a.CaseKey == "SH-2027-003").OrganisationIds.Count));
        Assert.Equal("requires-improvement", Assert.Single(coordinatorView.Returns, r => r.OrganisationId == _journey.Health).OverallGrade);
    }

    [Fact]
    public async Task A_draft_return_is_kept_for_its_own_agency_only_until_it_is_submitted()
    {
        await _journey.ToReturnsOpenAsync();
        var police = _journey.AuditorOf(_journey.Police);
        var draft = new SubmitReturn([new AnswerInput("screening", "screening-tool-used", "yes")], [], "Checked the police records", null, null, null, null, null, null);

        Assert.Equal(HttpStatusCode.OK, (await police.PutJsonAsync($"/api/audits/{_journey.AuditId}/returns/{_journey.Police}/SH-2027-003/draft", draft)).StatusCode);
        await (await police.PutJsonAsync($"/api/audits/{_journey.AuditId}/returns/{_journey.Health}/SH-2027-003/draft", draft)).ReadProblemAsync(403);
        var refused = await (await police.PutJsonAsync($"/api/audits/{_journey.AuditId}/returns/{_journey.Police}/SH-2027-003/draft", draft with { OverallGrade = "brilliant" })).ReadProblemAsync(400);

        Assert.Equal(["overallGrade"], refused.Errors.Keys);
        var saved = Assert.Single((await (await police.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Drafts);
        Assert.Equal(("SH-2027-003", "Checked the police records", (string?)null), (saved.CaseKey, saved.Evidence, saved.OverallGrade));
        Assert.Empty((await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Drafts);
        Assert.Empty((await (await _journey.AuditorOf(_journey.Health).GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Drafts);
        var coordinatorHistory = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        Assert.Empty(coordinatorHistory.Single(h => h.Event == "return_draft_saved").Details);

        await _journey.SubmitAsync(police, _journey.Police, "SH-2027-003", Return());
        Assert.Empty((await (await police.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Drafts);
    }

    [Fact]
    public async Task After_returns_close_no_return_can_change()
    {
        await _journey.ToReturnsOpenAsync();
        var police = _journey.AuditorOf(_journey.Police);
        await _journey.SubmitAsync(police, _journey.Police, "SH-2027-003", Return("good"));

        var closed = await (await _journey.PostAsync("returns/close", new { })).ReadAsync<AuditView>();

        Assert.Equal(AuditStage.ReturnsClosed, closed.Stage);
        await (await _journey.SubmitAsync(police, _journey.Police, "SH-2027-003", Return("inadequate"))).ReadProblemAsync(409);
        var audit = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal("good", Assert.Single(audit.Returns).OverallGrade);
    }

    [Fact]
    public async Task A_coordinator_does_not_write_an_agency_return() =>
        await (await _journey.SubmitAsync(_journey.Coordinator, _journey.Police, "SH-2027-003", Return())).ReadProblemAsync(403);

    [Fact]
    public async Task The_audit_panel_sees_every_return_and_other_panel_members_only_their_own()
    {
        await _journey.ToReturnsOpenAsync();
        await _journey.SubmitAsync(_journey.AuditorOf(_journey.Police), _journey.Police, "SH-2027-003", Return());
        await _journey.SubmitAsync(_journey.AuditorOf(_journey.Health), _journey.Health, "SH-2027-003", Return());

        var onThePanel = service.Host.ClientFor(_journey.Partnership, ServiceDefaults.Security.Roles.PanelMember, _journey.Organisations.PanelChair.ToString());
        var notOnIt = service.Host.ClientFor(_journey.Partnership, ServiceDefaults.Security.Roles.PanelMember, _journey.Health.ToString());

        Assert.Equal(2, (await (await onThePanel.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Returns.Count);
        Assert.Equal([_journey.Health], (await (await notOnIt.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Returns.Select(r => r.OrganisationId));
    }

    [Fact]
    public async Task A_step_sent_with_a_stale_version_is_refused_and_changes_nothing()
    {
        await _journey.OpenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/audits/{_journey.AuditId}/terms-of-reference")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Terms(organisations: _journey.Organisations), options: Json.Options),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"7\""));

        await (await _journey.Coordinator.SendAsync(request)).ReadProblemAsync(412);

        var audit = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal((AuditStage.Scoping, 1L), (audit.Stage, audit.Version));
    }
}
