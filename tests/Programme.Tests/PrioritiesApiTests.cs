using System.Net;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class PrioritiesApiTests(ProgrammeService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private static object Priority(string route, string theme, string? category = null) => new
    {
        route,
        theme,
        rationale = $"Why {theme} matters this year.",
        category,
        source = new { kind = "PerformanceIndicator", reference = "PI-RE-REFERRALS" },
    };

    [Fact]
    public async Task Priorities_from_different_routes_are_recorded_listed_and_published()
    {
        await using var probe = await BusProbe<Integration.PriorityAccepted>.StartAsync(service.Host.RabbitMq.AmqpUri);

        foreach (var (route, theme, category) in new[] { ("PerformanceIndicator", "Re-referrals", (string?)null), ("RegionalTrend", "Child exploitation", null), ("CategoryBaseline", "Child in need", "ChildInNeed") })
        {
            Assert.Equal(HttpStatusCode.Created, (await Coordinator.PostJsonAsync("/api/programmes/priorities", Priority(route, theme, category))).StatusCode);
        }

        var priorities = await (await Coordinator.GetAsync("/api/programmes/priorities?status=Accepted")).ReadAsync<List<Priority>>();
        Assert.Equal(3, priorities.Count);
        Assert.Equal("PI-RE-REFERRALS", priorities[0].Details.Source?.Reference);
        var published = await probe.WaitForAsync(m => m.PartnershipId == _partnership && m.Theme == Theme.From("Child exploitation"), TimeSpan.FromSeconds(20));
        Assert.Equal(PriorityRoute.RegionalTrend, published.Message.Route);
    }

    [Fact]
    public async Task A_recorded_priority_is_already_accepted()
    {
        var priority = await (await Coordinator.PostJsonAsync("/api/programmes/priorities", Priority("KnownConcern", "Neglect"))).ReadAsync<Priority>();

        await (await Coordinator.PostJsonAsync($"/api/programmes/priorities/{priority.Id}/accept", new { })).ReadProblemAsync(409);
    }

    [Fact]
    public async Task A_bad_priority_names_its_fields_and_others_cannot_see_priorities()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/programmes/priorities", new { route = "Hunch", theme = "" })).ReadProblemAsync(400);
        Assert.Equal(["route"], problem.Errors.Keys);

        await (await service.Host.ClientFor(_partnership, Roles.BoardReader).GetAsync("/api/programmes/priorities")).ReadProblemAsync(403);
    }
}
