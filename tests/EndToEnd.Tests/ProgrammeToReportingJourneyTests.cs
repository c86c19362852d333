using System.Net;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>A coordinator's first journey, through the gateway: programme → audit → reporting overview.</summary>
[Collection(nameof(WholeSystemCollection))]
public class ProgrammeToReportingJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task A_scheduled_audit_opens_in_Audit_and_shows_in_the_overview_of_its_partnership_only()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);

        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).ReadAsync<ProgrammeDto>();
        var scheduled = await (await coordinator.PostJsonAsync(
                $"/api/programmes/{programme.Id}/audits",
                new { quarter = 2, theme = "Child exploitation", categories = new[] { "ChildProtection", "LookedAfterChild" } }))
            .ReadAsync<ScheduledAuditDto>();

        var audit = await Eventually.Get(
            () => coordinator.GetAsync($"/api/audits/{scheduled.AuditId}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        var opened = await audit.ReadAsync<AuditDto>();
        Assert.Equal("Scoping", opened.Stage);
        Assert.Equal(programme.Id, opened.ProgrammeId);
        var history = await (await coordinator.GetAsync($"/api/audits/{scheduled.AuditId}/history")).ReadAsync<List<HistoryDto>>();
        Assert.Equal("audit_opened", Assert.Single(history).Event);

        var overview = await Eventually.Get(
            async () => await (await coordinator.GetAsync("/api/reports/overview?year=2027")).ReadAsync<OverviewDto>(),
            o => o.Programme.Scheduled == 1,
            TimeSpan.FromSeconds(30));
        Assert.Equal(new ProgrammeFiguresDto(1, 0, 0, 0, 0), overview.Programme);

        var outsider = system.Gateway(TestTokens.NewPartnership());
        await (await outsider.GetAsync($"/api/audits/{scheduled.AuditId}")).ReadProblemAsync(404);
        var theirs = await (await outsider.GetAsync("/api/reports/overview?year=2027")).ReadAsync<OverviewDto>();
        Assert.Equal(new ProgrammeFiguresDto(0, 0, 0, 0, 0), theirs.Programme);
    }

    [Fact]
    public async Task Section11_cycles_and_improvement_actions_reach_the_overview()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var year = DateTime.UtcNow.Year + 1;

        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).StatusCode);
        var owner = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Mersey Care NHS Foundation Trust", kind = "RelevantAgency" })).ReadAsync<IdDto>()).Id;

        // Learning checks the owner against its own copy of the directory, which Programme's events keep: it may lag a moment.
        var recorded = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new
            {
                what = "Refresh exploitation screening training",
                why = "Exploitation audit: screening tool not used",
                ownerOrganisationId = owner,
                dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)),
            }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var overview = await Eventually.Get(
            async () => await (await coordinator.GetAsync($"/api/reports/overview?year={year}")).ReadAsync<OverviewDto>(),
            o => o.Cycles.Count == 1 && o.Actions.Total == 1 && o.Organisations == 1,
            TimeSpan.FromSeconds(30));
        Assert.Equal(partnership, overview.PartnershipId);
    }

    [Fact]
    public async Task The_demo_partnership_is_seeded_with_its_directory()
    {
        var organisations = await (await system.Gateway("st-helens", "board-reader").GetAsync("/api/organisations")).ReadAsync<List<OrganisationDto>>();

        Assert.Contains(organisations, o => o.Name == "Merseyside Police" && o.Kind == "StatutoryPartner");
        Assert.True(organisations.Count(o => o.Kind == "School") >= 5);
    }
}
