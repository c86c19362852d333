using System.Net;
using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;
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

    /// <summary>
    /// Finding: the history showed a drafted report to readers the view hid it from. Every reader, in every role and
    /// organisation, now gets the view, a past version and the history alike, and the draft only where the view shows it.
    /// </summary>
    [Fact]
    public async Task Every_reader_gets_view_past_version_and_history_alike_and_the_draft_report_only_where_the_view_shows_it()
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
        var path = $"/api/audits/{_journey.AuditId}";

        var readers = EveryReader.Of(_journey.Police, _journey.Organisations.PanelChair, Guid.NewGuid());
        var answers = await EveryReader.AssertAnswerAlikeAsync(service.Host, _journey.Partnership, readers, path, $"{path}?asOf=1", $"{path}/history");

        Assert.Contains(HttpStatusCode.Forbidden, answers.Values);
        var sawDraft = new List<string>();
        foreach (var reader in answers.Where(a => a.Value == HttpStatusCode.OK).Select(a => a.Key))
        {
            var client = service.Host.ClientFor(_journey.Partnership, reader.Role, reader.Organisation?.ToString());
            var view = await (await client.GetAsync(path)).ReadAsync<AuditView>();
            var drafted = (await (await client.GetAsync($"{path}/history")).ReadAsync<List<HistoryEntry>>()).Single(h => h.Event == "audit_report_drafted");
            Assert.True((view.Report is not null) == (drafted.Details.Count > 0), $"{reader}: view shows the report {view.Report is not null}, history {drafted.Details.Count} details");
            if (view.Report is not null)
            {
                Assert.Equal([new HistoryDetail("summary", Report().Summary!)], drafted.Details);
                sawDraft.Add(reader.ToString());
            }
        }

        Assert.NotEmpty(sawDraft);
        Assert.All(sawDraft, reader => Assert.StartsWith(Roles.Coordinator, reader, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> AsOfAsync(DateTimeOffset time) =>
        _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}?asOf={Uri.EscapeDataString(time.ToString("O"))}");
}
