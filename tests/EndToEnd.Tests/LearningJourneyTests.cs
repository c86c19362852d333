using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The review lead's and Training Manager's journeys through the gateway: a serious incident to a Practice Learning
/// Review whose recommendation becomes an owned action and a published briefing, and a candidate priority for the programme.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class LearningJourneyTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_serious_incident_becomes_a_practice_learning_review_an_owned_action_a_briefing_and_a_candidate_priority()
    {
        var partnership = TestTokens.NewPartnership();
        var lead = system.Gateway(partnership);
        var council = (await (await lead.PostJsonAsync("/api/organisations", new { name = "St Helens Borough Council", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;

        var review = await (await lead.PostJsonAsync("/api/reviews/serious-incidents", new
        {
            caseReference = "SH-2026-044",
            theme = "Neglect",
            summary = "A child known to early help was admitted to hospital malnourished.",
            awareOn = Today.AddDays(-2),
        })).ReadAsync<IdDto>();
        var path = $"/api/reviews/{review.Id}";
        (await lead.PostJsonAsync($"{path}/panel-notification", new { notifiedOn = Today })).EnsureSuccessStatusCode();
        (await lead.PostJsonAsync($"{path}/decision", new { decision = "PracticeLearningReview", rationale = "Clear learning for early help and health.", decidedOn = Today })).EnsureSuccessStatusCode();

        // Learning checks the owner against its own copy of the directory, which Programme's events keep: it may lag a moment.
        var recommended = await Eventually.Get(
            () => lead.PostJsonAsync($"{path}/recommendations", new { text = "Early help checks weight and growth at every review.", ownerOrganisationId = council, dueDate = Today.AddMonths(3) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        recommended.EnsureSuccessStatusCode();

        var action = Assert.Single(await (await lead.GetAsync("/api/actions?source=Review")).ReadAsync<List<JsonElement>>());
        var owner = system.Gateway(partnership, Roles.AgencyAuditor, council);
        (await owner.PostJsonAsync($"/api/actions/{action.GetProperty("id").GetGuid()}/progress", new { progress = "OnTrack", note = "Checklist changed." })).EnsureSuccessStatusCode();

        var briefing = await (await lead.PostJsonAsync($"/api/briefings/from-review/{review.Id}", new { })).ReadAsync<IdDto>();
        (await lead.PostJsonAsync($"/api/briefings/{briefing.Id}/publish", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/briefings/{briefing.Id}")).StatusCode);

        var candidates = await Eventually.Get(
            async () => await (await lead.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<JsonElement>>(),
            list => list.Count > 0,
            TimeSpan.FromSeconds(30));
        Assert.Equal("PracticeReview", Assert.Single(candidates).GetProperty("details").GetProperty("route").GetString());
    }
}
