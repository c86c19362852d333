using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Learning.Tests;

/// <summary>Learning's part of a case's erasure, asked for as Audit really asks, on real PostgreSQL and RabbitMQ.</summary>
[Collection(nameof(LearningServiceCollection))]
public class CaseErasureTests(LearningService service)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly string _partnership = TestTokens.NewPartnership();

    [Fact]
    public async Task A_review_of_the_erased_case_keeps_its_decision_and_dates_and_loses_its_words_and_reference()
    {
        const string summary = "Found alone at the canal after dark by a patrol";
        const string rationale = "Agencies missed three chances to share the canal sightings";
        const string kept = "A baby with unexplained bruising was seen by three agencies";
        var lead = service.Host.ClientFor(_partnership, Roles.Coordinator);
        var erased = await RecordAsync(lead, "SH-2026-077", summary);
        (await lead.PostJsonAsync($"/api/reviews/{erased.Id}/panel-notification", new { notifiedOn = Today.AddDays(-1) })).EnsureSuccessStatusCode();
        (await lead.PostJsonAsync($"/api/reviews/{erased.Id}/decision", new { decision = "LocalChildSafeguardingPracticeReview", rationale, decidedOn = Today })).EnsureSuccessStatusCode();
        var other = await RecordAsync(lead, "SH-2026-078", kept);

        await using var confirmations = await BusProbe<CaseErased>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var request = new ErasureProducer(_partnership, new ProducerClock(DateTimeOffset.UtcNow)).Request("SH-2026-077");
        await service.Host.PublishAsync(request);
        await confirmations.WaitForAsync(m => m.ErasureId == request.ErasureId && m.Service == ErasingService.Learning, TimeSpan.FromSeconds(30));

        // Other tests' Learning hosts share the broker and confirm too (holding nothing of this partnership), so the words'
        // absence, not the first confirmation, says this host's erasure is done.
        foreach (var gone in new[] { "SH-2026-077", summary, rationale })
        {
            await Eventually.Get(() => DatabaseScan.TablesHoldingAsync(service.Host.DatabaseConnectionString, gone, _partnership), tables => tables is [], TimeSpan.FromSeconds(20));
        }

        var review = await (await lead.GetAsync($"/api/reviews/{erased.Id}")).ReadAsync<Review>();
        Assert.Equal((request.ErasedAs.Value, CaseMasking.ErasedText, ReviewKind.LocalChildSafeguardingPracticeReview), (review.CaseReference, review.Summary, review.Kind));
        Assert.Equal(erased.PanelNotificationDue, review.PanelNotificationDue);
        Assert.Equal(kept, (await (await lead.GetAsync($"/api/reviews/{other.Id}")).ReadAsync<Review>()).Summary);
    }

    private static async Task<Review> RecordAsync(HttpClient lead, string caseReference, string summary) =>
        await (await lead.PostJsonAsync("/api/reviews/serious-incidents", new { caseReference, theme = "Neglect", summary, awareOn = Today.AddDays(-3) })).ReadAsync<Review>();
}
