using System.Net;
using Safeguarding.Contracts;
using Safeguarding.Programme.Indicators;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class IndicatorsApiTests(ProgrammeService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    [Fact]
    public async Task A_value_outside_tolerance_becomes_one_candidate_priority_even_when_corrected()
    {
        var indicator = await (await Coordinator.PostJsonAsync("/api/programmes/indicators", new
        {
            name = "Second or subsequent child protection plans",
            unit = "%",
            direction = "LowerIsBetter",
            toleranceLow = 15,
            toleranceHigh = 23,
        })).ReadAsync<PerformanceIndicator>();
        var values = $"/api/programmes/indicators/{indicator.Id}/values";

        Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostJsonAsync(values, new { period = "2026-Q1", value = 20 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostJsonAsync(values, new { period = "2026-Q2", value = 26.5 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostJsonAsync(values, new { period = "2026-Q2", value = 27 })).StatusCode);

        var candidate = Assert.Single(await (await Coordinator.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>());
        Assert.Equal(PriorityRoute.PerformanceIndicator, candidate.Details.Route);
        var read = await (await Coordinator.GetAsync($"/api/programmes/indicators/{indicator.Id}")).ReadAsync<PerformanceIndicator>();
        Assert.Equal([20m, 27m], read.Values.Select(v => v.Value));
        await (await Coordinator.PostJsonAsync(values, new { period = "spring", value = 1 })).ReadProblemAsync(400);
    }
}
