using System.Net;
using System.Net.Http.Json;
using Safeguarding.Contracts;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class ProgrammePublicationApiTests(ProgrammeService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private HttpClient BoardReader => service.Host.ClientFor(_partnership, Roles.BoardReader);

    [Fact]
    public async Task Priorities_become_a_generated_programme_that_is_edited_published_changed_and_published_again()
    {
        foreach (var (route, theme, category) in new[] { ("PracticeReview", "Neglect", (string?)null), ("PerformanceIndicator", "Re-referrals", null), ("CategoryBaseline", "Child in need", "ChildInNeed") })
        {
            await Coordinator.PostJsonAsync("/api/programmes/priorities", new { route, theme, rationale = "Agreed at the Board.", category });
        }

        var programme = await (await Coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).ReadAsync<AuditProgramme>();
        var path = $"/api/programmes/{programme.Id}";
        var generated = await (await Coordinator.PostJsonAsync($"{path}/generate", new { })).ReadAsync<AuditProgramme>();
        Assert.Equal(7, generated.Items.Count);
        Assert.Equal(3, generated.Items.Count(i => i.PriorityId is not null));

        // Edit: the placeholder theme gets a real one.
        var placeholder = generated.Items.Single(i => i.Kind == ScheduledItemKind.ThematicAudit && i.PriorityId is null);
        var edited = await Coordinator.PutAsJsonAsync($"{path}/items/{placeholder.ItemId}",
            new { kind = "ThematicAudit", quarter = placeholder.Quarter, theme = "Domestic abuse", categories = new[] { "ChildProtection" } }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        await BoardReadsNothingYet(path);
        var v1 = await (await Coordinator.PostJsonAsync($"{path}/publish", new { })).ReadAsync<AuditProgramme>();
        Assert.Equal((ProgrammeStatus.Published, 1), (v1.Status, v1.Published.Count));

        // A change after publication is a new draft: the Board still reads version 1.
        var general = v1.Items.Single(i => i.Kind == ScheduledItemKind.GeneralAudit);
        await Coordinator.PutAsJsonAsync($"{path}/items/{general.ItemId}",
            new { kind = "GeneralAudit", quarter = 4, theme = general.Theme, categories = general.Categories }, Json.Options);
        Assert.Equal(1, (await (await BoardReader.GetAsync(path)).ReadAsync<PublishedProgrammeView>()).Version);
        Assert.Equal(3, (await (await BoardReader.GetAsync(path)).ReadAsync<PublishedProgrammeView>()).Items.Single(i => i.ItemId == general.ItemId).Quarter);

        await Coordinator.PostJsonAsync($"{path}/publish", new { });

        var diff = await (await BoardReader.GetAsync($"{path}/diff?from=1&to=2")).ReadAsync<ProgrammeDiff>();
        var change = Assert.Single(diff.Changed);
        Assert.Equal((3, 4), (change.Before.Quarter!.Value, change.After.Quarter!.Value));
        var first = await (await BoardReader.GetAsync($"{path}/versions/1")).ReadAsync<PublishedProgrammeView>();
        Assert.Contains(first.Items, i => i.Theme == "Domestic abuse");
        Assert.Equal(2, (await (await BoardReader.GetAsync(path)).ReadAsync<PublishedProgrammeView>()).Version);
        Assert.Equal([1, 2], (await (await BoardReader.GetAsync($"{path}/versions")).ReadAsync<List<VersionSummary>>()).Select(v => v.Number));
        await (await BoardReader.GetAsync($"{path}/diff?from=1&to=9")).ReadProblemAsync(400);
    }

    private async Task BoardReadsNothingYet(string path)
    {
        await (await BoardReader.GetAsync(path)).ReadProblemAsync(404);
        Assert.Empty(await (await BoardReader.GetAsync("/api/programmes")).ReadAsync<List<PublishedProgrammeView>>());
        await (await BoardReader.PostJsonAsync($"{path}/publish", new { })).ReadProblemAsync(403);
    }
}
