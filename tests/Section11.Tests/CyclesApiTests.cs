using System.Net;
using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Tests;

[Collection(nameof(Section11ServiceCollection))]
public class CyclesApiTests(Section11Service service)
{
    private readonly string _partnership = TestTokens.NewPartnership();
    private static readonly int NextYear = DateTime.UtcNow.Year + 1;

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private static object Cycle(int year) => new { year, deadline = $"{year}-03-31" };

    [Fact]
    public async Task A_coordinator_opens_the_year_cycle_and_it_is_published()
    {
        await using var probe = await BusProbe<Integration.CycleLaunched>.StartAsync(service.Host.RabbitMq.AmqpUri);

        var response = await Coordinator.PostJsonAsync("/api/section11/cycles", Cycle(NextYear));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var cycle = await response.ReadAsync<Section11Cycle>();
        Assert.Equal(CycleStage.Open, (await (await Coordinator.GetAsync($"/api/section11/cycles/{cycle.Id}")).ReadAsync<Section11Cycle>()).Stage);
        var received = await probe.WaitForAsync(m => m.CycleId == cycle.Id, TimeSpan.FromSeconds(20));
        Assert.Equal((new DateOnly(NextYear, 3, 31), SelfAssessmentKind.Section11), (received.Message.Deadline, received.Message.Kind));
        Assert.Equal(_partnership, received.Message.PartnershipId);
    }

    [Fact]
    public async Task A_second_cycle_for_the_same_year_is_a_conflict()
    {
        await Coordinator.PostJsonAsync("/api/section11/cycles", Cycle(NextYear));

        await (await Coordinator.PostJsonAsync("/api/section11/cycles", Cycle(NextYear))).ReadProblemAsync(409);
    }

    [Fact]
    public async Task A_bad_request_names_its_fields()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/section11/cycles", new { year = 1990, deadline = "2001-01-01" })).ReadProblemAsync(400);

        Assert.Equal(["deadline", "year"], problem.Errors.Keys.Order());
        await (await Coordinator.PostJsonAsync("/api/section11/cycles", new { year = 2027, deadline = "31/03/2027" })).ReadProblemAsync(400);
    }

    [Fact]
    public async Task Only_a_coordinator_opens_a_cycle()
    {
        var auditor = service.Host.ClientFor(_partnership, Roles.AgencyAuditor);

        await (await auditor.PostJsonAsync("/api/section11/cycles", Cycle(NextYear))).ReadProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/section11/cycles")).StatusCode);
    }

    [Fact]
    public async Task Frameworks_and_scoring_schemes_are_there_from_the_first_start()
    {
        var frameworks = await (await Coordinator.GetAsync("/api/section11/frameworks")).ReadAsync<List<Safeguarding.Section11.Frameworks.Framework>>();
        Assert.Equal(["section-11", "section-175"], frameworks.Select(f => f.Key));
        Assert.Equal(4, (await (await Coordinator.GetAsync("/api/section11/scoring-schemes")).ReadAsync<List<Safeguarding.Section11.Frameworks.ScoringScheme>>()).Count);
        await (await Coordinator.GetAsync("/api/section11/frameworks/no-such")).ReadProblemAsync(404);
    }
}
