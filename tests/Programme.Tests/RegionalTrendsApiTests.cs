using System.Net;
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

    private HttpClient Operator => service.Host.CreateClient().WithToken(TestTokens.ForOperator());

    private async Task<List<Priority>> CandidatesOf(string partnership) =>
        await (await CoordinatorOf(partnership).GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>();

    [Fact]
    public async Task A_partnership_joins_a_region_by_invitation_and_adopts_its_trends_itself()
    {
        // Only this test sets regions in the service's database, so the region holds exactly these partnerships.
        const string region = "north-west";
        var (stHelens, wirral, elsewhere) = (TestTokens.NewPartnership(), TestTokens.NewPartnership(), TestTokens.NewPartnership());
        var otherRegion = RegionDecisions.Regions.First(r => r != region);
        Assert.Contains("platform operator", (await (await CoordinatorOf(stHelens).PutJsonAsync("/api/programmes/region", new { region })).ReadProblemAsync(409)).Detail);
        (await Operator.PostJsonAsync($"/api/operations/programmes/regions/{region}/invitations", new { partnershipId = stHelens })).EnsureSuccessStatusCode();
        (await CoordinatorOf(stHelens).PutJsonAsync("/api/programmes/region", new { region })).EnsureSuccessStatusCode();
        await (await CoordinatorOf(wirral).PutJsonAsync("/api/programmes/region", new { region })).ReadProblemAsync(409);
        (await CoordinatorOf(stHelens).PostJsonAsync("/api/programmes/region/invitations", new { partnershipId = wirral })).EnsureSuccessStatusCode();
        (await CoordinatorOf(wirral).PutJsonAsync("/api/programmes/region", new { region })).EnsureSuccessStatusCode();
        (await Operator.PostJsonAsync($"/api/operations/programmes/regions/{otherRegion}/invitations", new { partnershipId = elsewhere })).EnsureSuccessStatusCode();
        (await CoordinatorOf(elsewhere).PutJsonAsync("/api/programmes/region", new { region = otherRegion })).EnsureSuccessStatusCode();

        var trend = await (await CoordinatorOf(stHelens).PostJsonAsync("/api/programmes/regional-trends",
            new { theme = "Online sexual exploitation", rationale = "Rising across the region since the spring." })).ReadAsync<RegionalTrend>();

        // Recording writes into the recorder's programme only; a neighbour takes the trend up by its own action.
        Assert.Equal(region, trend.Region);
        Assert.Equal(trend.Id.ToString(), Assert.Single(await CandidatesOf(stHelens)).Details.Source!.Reference);
        Assert.Empty(await CandidatesOf(wirral));
        Assert.Contains(await (await CoordinatorOf(wirral).GetAsync("/api/programmes/regional-trends")).ReadAsync<List<RegionalTrend>>(), t => t.Id == trend.Id);
        var adopted = await (await CoordinatorOf(wirral).PostJsonAsync($"/api/programmes/regional-trends/{trend.Id}/adopt", new { })).ReadAsync<Priority>();
        Assert.Equal((PriorityRoute.RegionalTrend, trend.Id.ToString()), (adopted.Details.Route, adopted.Details.Source!.Reference));
        Assert.Equal(adopted.Id, Assert.Single(await CandidatesOf(wirral)).Id);
        await (await CoordinatorOf(wirral).PostJsonAsync($"/api/programmes/regional-trends/{trend.Id}/adopt", new { })).ReadProblemAsync(409);

        Assert.Equal(HttpStatusCode.NotFound, (await CoordinatorOf(elsewhere).PostJsonAsync($"/api/programmes/regional-trends/{trend.Id}/adopt", new { })).StatusCode);
        Assert.Empty(await CandidatesOf(elsewhere));
    }

    [Fact]
    public async Task A_trend_needs_a_region_and_a_region_must_be_known()
    {
        var partnership = TestTokens.NewPartnership();

        Assert.Equal(["region"], (await (await CoordinatorOf(partnership).PostJsonAsync("/api/programmes/regional-trends", new { theme = "X", rationale = "Y" })).ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["region"], (await (await CoordinatorOf(partnership).PutJsonAsync("/api/programmes/region", new { region = "mercia" })).ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["region"], (await (await CoordinatorOf(partnership).PostJsonAsync("/api/programmes/region/invitations", new { partnershipId = "wirral" })).ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["partnershipId"], (await (await CoordinatorOf(partnership).PostJsonAsync("/api/programmes/region/invitations", new { partnershipId = "all" })).ReadProblemAsync(400)).Errors.Keys.Where(k => k != "region"));
    }

    [Fact]
    public async Task Only_the_platform_operator_invites_a_partnership_to_a_region_nobody_is_in()
    {
        var partnership = TestTokens.NewPartnership();

        Assert.Equal(HttpStatusCode.Forbidden, (await CoordinatorOf(partnership).PostJsonAsync("/api/operations/programmes/regions/london/invitations", new { partnershipId = partnership })).StatusCode);
        Assert.Equal(["region"], (await (await Operator.PostJsonAsync("/api/operations/programmes/regions/mercia/invitations", new { partnershipId = partnership })).ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["partnershipId"], (await (await Operator.PostJsonAsync("/api/operations/programmes/regions/london/invitations", new { partnershipId = "all" })).ReadProblemAsync(400)).Errors.Keys);
        var invited = await (await Operator.PostJsonAsync("/api/operations/programmes/regions/london/invitations", new { partnershipId = partnership })).ReadAsync<RegionInvitations>();

        Assert.Contains(partnership, invited.Invited);
    }
}
