using System.Text.Json;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>A subject access request answered from what Audit really stores, with every other child's case taken out.</summary>
[Collection(nameof(AuditServiceCollection))]
public class SubjectAccessTests(AuditService service)
{
    private const string Asked = "SH-2027-003";
    private const string AskedWords = "Outreach was offered late after each missing episode";
    private const string OtherWords = "The early help plan stalled over the summer";

    private readonly AuditJourney _journey = new(service);

    [Fact]
    public async Task The_coordinator_reads_everything_held_about_one_case_and_nothing_of_another_and_the_request_is_logged()
    {
        await _journey.ToReturnsOpenAsync();
        await SubmitAsync(_journey.Police, Asked, AskedWords);
        await SubmitAsync(_journey.Health, "SH-2027-002", OtherWords);

        var held = await (await _journey.Coordinator.PostJsonAsync("/api/audits/subject-access", new { caseKey = Asked })).ReadAsync<HeldAboutCase>();

        var text = JsonSerializer.Serialize(held);
        Assert.Contains(AskedWords, text, StringComparison.Ordinal);
        Assert.All(new[] { OtherWords, "SH-2027-001", "SH-2027-002", "SH-2027-004" }, other => Assert.DoesNotContain(other, text, StringComparison.Ordinal));
        Assert.Equal(["CasesSelected", "AgenciesNotified", "ReturnSubmitted"], held.Events.Select(e => e.Type));
        Assert.All(held.Events, e => Assert.Equal(_journey.AuditId.ToString(), e.Stream));
        Assert.Contains(held.Documents, d => d.Type == "MultiAgencyAudit");

        var log = await (await service.Host.ClientFor(_journey.Partnership, Roles.DataProtectionOfficer).GetAsync("/api/audits/access-log")).ReadAsync<List<RecordRead>>();
        Assert.Contains(log, r => r is { Kind: "subject-access", Refused: false });
    }

    [Fact]
    public async Task The_coordinator_reads_what_a_member_of_staff_did_and_read_with_every_child_s_case_taken_out()
    {
        await _journey.ToReturnsOpenAsync();
        const string email = "sam.auditor@police.example.org";
        var sam = service.Host.ClientFor(_journey.Partnership, Roles.AgencyAuditor, _journey.Police.ToString(), email);
        (await _journey.SubmitAsync(sam, _journey.Police, Asked, CompleteReturns.For(BuiltInTools.ExploitationExemplar, "good", AskedWords))).EnsureSuccessStatusCode();
        (await sam.GetAsync($"/api/audits/{_journey.AuditId}")).EnsureSuccessStatusCode();
        var subject = $"test-{Roles.AgencyAuditor}-{email}";

        // The read is logged as it is answered; the answer waits for it rather than for a moment.
        var held = await Eventually.Get(
            async () => await (await _journey.Coordinator.PostJsonAsync("/api/audits/subject-access/staff", new { subject })).ReadAsync<HeldAboutPerson>(),
            h => h.Events.Any(e => e.Type == nameof(RecordRead)));

        var submitted = Assert.Single(held.Events, e => e.Type == "ReturnSubmitted");
        Assert.Contains(SubjectAccess.AnotherCase, submitted.Data.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(held.Events, e => e.Type == "CasesSelected");
        var text = JsonSerializer.Serialize(held);
        Assert.All(new[] { AskedWords, Asked, "SH-2027-001" }, words => Assert.DoesNotContain(words, text, StringComparison.Ordinal));
        Assert.Contains(subject, text, StringComparison.Ordinal);
        var log = await (await service.Host.ClientFor(_journey.Partnership, Roles.DataProtectionOfficer).GetAsync("/api/audits/access-log")).ReadAsync<List<RecordRead>>();
        Assert.Contains(log, r => r is { Kind: "subject-access", Refused: false } && r.Path.EndsWith("/staff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_that_could_name_a_child_is_refused_and_only_the_coordinator_asks()
    {
        var problem = await (await _journey.Coordinator.PostJsonAsync("/api/audits/subject-access", new { caseKey = "JOHN-SMITH-12" })).ReadProblemAsync(400);
        Assert.Contains("caseKey", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var role in new[] { Roles.DataProtectionOfficer, Roles.Admin, Roles.PanelMember, Roles.AgencyAuditor })
        {
            await (await service.Host.ClientFor(_journey.Partnership, role).PostJsonAsync("/api/audits/subject-access", new { caseKey = Asked })).ReadProblemAsync(403);
            await (await service.Host.ClientFor(_journey.Partnership, role).PostJsonAsync("/api/audits/subject-access/staff", new { subject = "someone" })).ReadProblemAsync(403);
        }

        var missing = await (await _journey.Coordinator.PostJsonAsync("/api/audits/subject-access/staff", new { subject = "" })).ReadProblemAsync(400);
        Assert.Contains("subject", missing.Errors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    private async Task SubmitAsync(Guid organisation, string caseKey, string why) =>
        (await _journey.SubmitAsync(_journey.AuditorOf(organisation), organisation, caseKey, CompleteReturns.For(BuiltInTools.ExploitationExemplar, "good", why))).EnsureSuccessStatusCode();
}
