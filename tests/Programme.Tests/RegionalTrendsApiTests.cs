using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Regions;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class RegionalTrendsApiTests(ProgrammeService service)
{
    private HttpClient CoordinatorOf(string partnership) => service.Host.ClientFor(partnership, Roles.Coordinator);

    private async Task<List<Priority>> CandidatesOf(string partnership) =>
        await (await CoordinatorOf(partnership).GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>();

    [Fact]
    public async Task A_regional_trend_becomes_a_candidate_priority_in_every_partnership_of_the_region_only()
    {
        // Only this test sets regions in the service's database, so the region holds exactly these partnerships.
        const string region = "north-west";
        var (stHelens, wirral, elsewhere) = (TestTokens.NewPartnership(), TestTokens.NewPartnership(), TestTokens.NewPartnership());
        await CoordinatorOf(stHelens).PutJsonAsync("/api/programmes/region", new { region });
        await CoordinatorOf(wirral).PutJsonAsync("/api/programmes/region", new { region });
        await CoordinatorOf(elsewhere).PutJsonAsync("/api/programmes/region", new { region = RegionDecisions.Regions.First(r => r != region) });

        var trend = await (await CoordinatorOf(stHelens).PostJsonAsync("/api/programmes/regional-trends",
            new { theme = "Online sexual exploitation", rationale = "Rising across the region since the spring." })).ReadAsync<RegionalTrend>();

        Assert.Equal(region, trend.Region);
        foreach (var partnership in new[] { stHelens, wirral })
        {
            var candidate = Assert.Single(await CandidatesOf(partnership));
            Assert.Equal((PriorityRoute.RegionalTrend, trend.Id.ToString()), (candidate.Details.Route, candidate.Details.Source!.Reference));
        }

        Assert.Empty(await CandidatesOf(elsewhere));
        Assert.Contains(await (await CoordinatorOf(wirral).GetAsync("/api/programmes/regional-trends")).ReadAsync<List<RegionalTrend>>(), t => t.Id == trend.Id);
    }

    [Fact]
    public async Task A_trend_needs_a_region_and_a_region_must_be_known()
    {
        var partnership = TestTokens.NewPartnership();

        Assert.Equal(["region"], (await (await CoordinatorOf(partnership).PostJsonAsync("/api/programmes/regional-trends", new { theme = "X", rationale = "Y" })).ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["region"], (await (await CoordinatorOf(partnership).PutJsonAsync("/api/programmes/region", new { region = "mercia" })).ReadProblemAsync(400)).Errors.Keys);
    }
}
