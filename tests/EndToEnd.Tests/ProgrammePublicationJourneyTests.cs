using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>The coordinator's yearly journey through the gateway: priorities, a generated programme, publication for the Board.</summary>
[Collection(nameof(WholeSystemCollection))]
public class ProgrammePublicationJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task A_programme_generated_from_priorities_is_published_for_the_Board_while_its_next_draft_stays_private()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var board = system.Gateway(partnership, Roles.BoardReader);
        foreach (var (route, theme) in new[] { ("PracticeReview", "Neglect"), ("RegionalTrend", "Child exploitation") })
        {
            Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync("/api/programmes/priorities", new { route, theme, rationale = "Agreed by the Board." })).StatusCode);
        }

        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year = 2028 })).ReadAsync<ProgrammeDto>();
        var path = $"/api/programmes/{programme.Id}";
        var generated = await (await coordinator.PostJsonAsync($"{path}/generate", new { })).ReadAsync<JsonElement>();
        Assert.Equal(7, generated.GetProperty("items").GetArrayLength());
        await (await board.GetAsync(path)).ReadProblemAsync(404);

        await coordinator.PostJsonAsync($"{path}/publish", new { });
        await coordinator.PostJsonAsync($"{path}/items", new { kind = "FeedbackMilestone", quarter = 4, theme = "7-minute briefing on neglect" });

        var published = await (await board.GetAsync(path)).ReadAsync<JsonElement>();
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal(7, published.GetProperty("items").GetArrayLength());
        Assert.Equal(8, (await (await coordinator.GetAsync(path)).ReadAsync<JsonElement>()).GetProperty("items").GetArrayLength());
        await (await board.GetAsync("/api/programmes/priorities")).ReadProblemAsync(403);
    }
}
