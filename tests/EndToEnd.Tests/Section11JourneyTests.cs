using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A Section 11 cycle through the gateway, as a partnership's Section 11 lead runs it: the programme schedules it, two
/// agencies are invited (each hears it by e-mail at its Section 11 lead) and reminded, return with evidence, scrutiny
/// and feedback, agreed plans, close; the programme then shows the cycle done.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class Section11JourneyTests(WholeSystem system)
{
    private sealed record CycleDto(Guid Id, string Stage, JsonElement Framework);

    private sealed record EvidenceDto(Guid EvidenceId, string Title);

    private sealed record AssessmentDto(string Status, List<EvidenceDto> Evidence);

    private sealed record ItemDto(Guid ItemId, string Kind);

    private sealed record RegisteredActionDto(Guid OwnerOrganisationId, string What);

    private sealed record ProgressDto(Guid ItemId, string Status);

    private sealed record ProgrammeStateDto(Guid Id, List<ItemDto> Items, List<ProgressDto> Progress);

    [Fact]
    public async Task A_Section_11_cycle_runs_through_the_gateway_and_the_programme_marks_it_done()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var year = DateTime.UtcNow.Year + 1;
        var agencies = new List<Guid>();
        var leads = new List<string>();
        foreach (var name in new[] { "Merseyside Police", "Mersey Care NHS Foundation Trust" })
        {
            leads.Add($"section11.lead.{agencies.Count}.{partnership}@agency.example");
            var contacts = new[] { new { role = "section-11-lead", name = $"Section 11 lead at {name}", email = leads[^1] } };
            agencies.Add((await (await coordinator.PostJsonAsync("/api/organisations", new { name, kind = "StatutoryPartner", contacts })).ReadAsync<IdDto>()).Id);
        }

        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year })).ReadAsync<ProgrammeDto>();
        (await coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/generate", new { })).EnsureSuccessStatusCode();

        var cycle = await (await coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<CycleDto>();
        var path = $"/api/section11/cycles/{cycle.Id}";
        await Eventually.Get(() => coordinator.PostJsonAsync($"{path}/invitations", new { organisationIds = agencies }), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        foreach (var lead in leads)
        {
            var invitation = Assert.Single(await system.Mail.WaitFor(lead, 1, TimeSpan.FromSeconds(30)));
            Assert.Equal($"Section 11 self-assessment {year}: due {new DateOnly(year, 3, 31).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}", invitation.Subject);
            Assert.Contains(new Uri(system.GatewayAddress, $"/self-assessments/section11/{cycle.Id}").ToString(), await system.Mail.TextOf(invitation), StringComparison.Ordinal);
        }

        (await coordinator.PostJsonAsync($"{path}/reminders", new { organisationIds = new[] { agencies[1] } })).EnsureSuccessStatusCode();
        var reminded = await system.Mail.WaitFor(leads[1], 2, TimeSpan.FromSeconds(30));
        Assert.Contains(reminded, m => m.Subject.StartsWith($"Reminder: Section 11 self-assessment {year}", StringComparison.Ordinal));

        var indicators = cycle.Framework.GetProperty("standards").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray()).Select(i => i.GetProperty("number").GetString()!).ToList();

        foreach (var agency in agencies)
        {
            var auditor = system.Gateway(partnership, Roles.AgencyAuditor, agency);
            var assessment = $"{path}/assessments/{agency}";
            foreach (var indicator in indicators)
            {
                (await auditor.PutJsonAsync($"{assessment}/indicators/{indicator}", new { score = "3", narrative = "In place across the force." })).EnsureSuccessStatusCode();
            }

            var withEvidence = await (await auditor.PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)) })).ReadAsync<AssessmentDto>();
            var file = new ByteArrayContent("%PDF-1.7\n% minutes\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            (await auditor.PutAsync($"{assessment}/evidence/{withEvidence.Evidence[0].EvidenceId}/file", new MultipartFormDataContent { { file, "file", "minutes.pdf" } })).EnsureSuccessStatusCode();
            (await auditor.PostJsonAsync($"{assessment}/submit", new { })).EnsureSuccessStatusCode();
        }

        var police = $"{path}/assessments/{agencies[0]}";
        var policeEvidence = (await (await coordinator.GetAsync(police)).ReadAsync<AssessmentDto>()).Evidence[0].EvidenceId;
        Assert.Equal("application/pdf", (await coordinator.GetAsync($"{police}/evidence/{policeEvidence}/file")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Gateway(partnership, Roles.AgencyAuditor, agencies[1]).GetAsync($"{police}/evidence/{policeEvidence}/file")).StatusCode);

        (await coordinator.PostJsonAsync($"{police}/moderation", new { indicator = "5.2", score = "1", rationale = "Training completion is 61%." })).EnsureSuccessStatusCode();
        (await coordinator.PostJsonAsync($"{police}/actions", new { indicator = "5.2", what = "Bring training completion above 90%.", owner = "Head of learning", dueDate = $"{year}-09-30" })).EnsureSuccessStatusCode();
        foreach (var agency in agencies)
        {
            (await coordinator.PostJsonAsync($"{path}/assessments/{agency}/feedback", new { summary = "Thank you for a thorough return." })).EnsureSuccessStatusCode();
            (await coordinator.PostJsonAsync($"{path}/assessments/{agency}/action-plan/agree", new { })).EnsureSuccessStatusCode();
        }

        Assert.Equal("Closed", (await (await coordinator.PostJsonAsync($"{path}/close", new { })).ReadAsync<CycleDto>()).Stage);

        var after = await Eventually.Get(
            async () => await (await coordinator.GetAsync($"/api/programmes/{programme.Id}")).ReadAsync<ProgrammeStateDto>(),
            p => p.Progress.Any(x => x.Status == "Done"),
            TimeSpan.FromSeconds(30));
        var done = Assert.Single(after.Progress, x => x.Status == "Done");
        Assert.Equal("Section11Cycle", after.Items.Single(i => i.ItemId == done.ItemId).Kind);

        // The agreed action reaches the one improvement register, owned by the police.
        var register = await Eventually.Get(
            async () => await (await coordinator.GetAsync("/api/actions?source=Section11")).ReadAsync<List<RegisteredActionDto>>(),
            list => list.Count > 0,
            TimeSpan.FromSeconds(30));
        Assert.Equal((agencies[0], "Bring training completion above 90%."), (Assert.Single(register).OwnerOrganisationId, register[0].What));
    }
}
