using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>A case erased from Audit's own store, on real PostgreSQL and RabbitMQ: its words and key gone, the rest kept.</summary>
[Collection(nameof(AuditServiceCollection))]
public class CaseErasureApiTests(AuditService service)
{
    private const string Erased = "SH-2027-003";
    private const string ErasedWords = "Missed outreach after each missing episode";
    private const string ErasedAnalysis = "Outreach was offered late every time";
    private const string ErasedConcern = "Adult of concern seen near the children's home";
    private const string KeptWords = "Early help plan stalled over the summer";

    private readonly AuditJourney _journey = new(service);

    [Fact]
    public async Task An_erased_case_leaves_no_word_or_key_in_the_database_and_the_audit_keeps_its_counts()
    {
        await _journey.ToReturnsOpenAsync();
        await SubmitAsync(_journey.Police, Erased, Return(ErasedWords) with { Analysis = ErasedAnalysis });
        await SubmitAsync(_journey.Health, "SH-2027-002", Return(KeptWords));
        (await _journey.PostAsync("concerns", new { caseKey = Erased, ownerOrganisationId = _journey.Police, summary = ErasedConcern })).EnsureSuccessStatusCode();

        Assert.NotEmpty(await DatabaseScan.TablesHoldingAsync(service.Host.DatabaseConnectionString, ErasedWords, _journey.Partnership));
        var response = await _journey.Coordinator.PostJsonAsync("/api/audits/case-erasures", new { caseKey = Erased });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var requested = await response.ReadAsync<CaseErasureRequest>();
        var dpo = service.Host.ClientFor(_journey.Partnership, Roles.DataProtectionOfficer);
        var confirmed = await Eventually.Get(
            async () => await (await dpo.GetAsync($"/api/audits/case-erasures/{requested.Id}")).ReadAsync<CaseErasureRequest>(),
            r => r.Confirmations.Any(c => c.Service == ErasingService.Audit));

        // Other tests' Audit hosts share the broker and confirm too (holding nothing of this partnership), so the words'
        // absence, not the first confirmation, says this host's erasure is done.
        foreach (var gone in new[] { Erased, ErasedWords, ErasedAnalysis, ErasedConcern })
        {
            await Eventually.Get(() => DatabaseScan.TablesHoldingAsync(service.Host.DatabaseConnectionString, gone, _journey.Partnership), tables => tables is [], TimeSpan.FromSeconds(20));
        }

        Assert.NotEmpty(await DatabaseScan.TablesHoldingAsync(service.Host.DatabaseConnectionString, KeptWords, _journey.Partnership));
        var view = await (await _journey.Coordinator.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>();
        Assert.Equal(4, view.Cases.Count);
        var erasedReturn = Assert.Single(view.Returns, r => r.CaseKey == requested.ErasedAs);
        Assert.Equal(("good", CaseMasking.ErasedText, CaseMasking.ErasedText), (erasedReturn.OverallGrade, erasedReturn.OverallRationale, erasedReturn.Analysis));
        Assert.Equal(KeptWords, Assert.Single(view.Returns, r => r.CaseKey == "SH-2027-002").OverallRationale);
        Assert.Equal(CaseMasking.ErasedText, Assert.Single(view.Concerns).Summary);
        Assert.Equal([ErasingService.Learning, ErasingService.Section11, ErasingService.Programme, ErasingService.Notifications, ErasingService.Reporting], confirmed.Waiting);
    }

    [Fact]
    public async Task A_key_that_could_name_a_child_is_refused_and_only_the_coordinator_asks_for_an_erasure()
    {
        var problem = await (await _journey.Coordinator.PostJsonAsync("/api/audits/case-erasures", new { caseKey = "JOHN-SMITH-12" })).ReadProblemAsync(400);
        Assert.Contains("CaseKey", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Empty(await (await _journey.Coordinator.GetAsync("/api/audits/case-erasures")).ReadAsync<IReadOnlyList<CaseErasureRequest>>());

        foreach (var role in new[] { Roles.DataProtectionOfficer, Roles.Admin, Roles.PanelMember })
        {
            await (await service.Host.ClientFor(_journey.Partnership, role).PostJsonAsync("/api/audits/case-erasures", new { caseKey = Erased })).ReadProblemAsync(403);
        }

        await (await service.Host.ClientFor(_journey.Partnership, Roles.BoardReader).GetAsync("/api/audits/case-erasures")).ReadProblemAsync(403);
    }

    private static SubmitReturn Return(string why) => CompleteReturns.For(BuiltInTools.ExploitationExemplar, "good", why);

    private async Task SubmitAsync(Guid organisation, string caseKey, SubmitReturn body) =>
        (await _journey.SubmitAsync(_journey.AuditorOf(organisation), organisation, caseKey, body)).EnsureSuccessStatusCode();
}
