using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using AuditIntegration = Safeguarding.Contracts.Audit;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class ReviewJourneyTests(LearningService service)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly ProgrammeProducer _programme = ProgrammeProducer.WithDirectory(TestTokens.NewPartnership(), ("St Helens Council", OrganisationKind.StatutoryPartner));

    private string Partnership => _programme.PartnershipId;

    private Guid Council => _programme.Registered("St Helens Council", OrganisationKind.StatutoryPartner);

    private HttpClient Lead => service.Host.ClientFor(Partnership, Roles.Coordinator);

    [Fact]
    public async Task A_rapid_review_decides_on_a_practice_learning_review_whose_recommendations_become_actions_and_a_briefing_draft()
    {
        await using var recommendations = await BusProbe<Integration.RecommendationMade>.StartAsync(service.Host.RabbitMq.AmqpUri);
        await service.Host.PublishAsync(_programme.Sent);
        var incident = await (await Lead.PostJsonAsync("/api/reviews/serious-incidents", new
        {
            caseReference = "SH-2026-031",
            theme = "Neglect of a pre-school child",
            summary = "A pre-school child known to health and early help was seriously harmed.",
            awareOn = Today.AddDays(-3),
        })).ReadAsync<Review>();
        var path = $"/api/reviews/{incident.Id}";
        Assert.Contains("Notification to the national panel: 5 working days", incident.PanelNotificationDue!.Rule);

        var notified = await (await Lead.PostJsonAsync($"{path}/panel-notification", new { notifiedOn = Today.AddDays(-1) })).ReadAsync<Review>();
        Assert.True(notified.RapidReviewDue!.Due > Today.AddDays(14));
        var decided = await (await Lead.PostJsonAsync($"{path}/decision", new
        {
            decision = "PracticeLearningReview",
            rationale = "Below the threshold for a local review, with clear multi-agency learning.",
            decidedOn = Today,
        })).ReadAsync<Review>();
        Assert.Equal(ReviewKind.PracticeLearningReview, decided.Kind);
        foreach (var stage in Enum.GetNames<ReviewStage>())
        {
            (await Lead.PostJsonAsync($"{path}/stages", new { stage, completedOn = Today })).EnsureSuccessStatusCode();
        }

        var recommendation = new { text = "Health visitors share concerns about neglect with early help within five working days.", ownerOrganisationId = Council, dueDate = Today.AddMonths(3), testTheme = "Neglect" };
        await Eventually.Get(() => Lead.PostJsonAsync($"{path}/recommendations", recommendation), r => r.StatusCode == HttpStatusCode.OK);
        (await Lead.PostJsonAsync($"{path}/recommendations", new { text = "Refresh the neglect toolkit.", ownerOrganisationId = Council, dueDate = Today.AddMonths(6) })).EnsureSuccessStatusCode();

        var actions = await (await Lead.GetAsync("/api/actions?source=Review")).ReadAsync<List<ImprovementAction>>();
        Assert.Equal(2, actions.Count(a => a.Source.Reference == incident.Id && a.OwnerOrganisationId == Council));
        var briefing = await (await Lead.PostJsonAsync($"/api/briefings/from-review/{incident.Id}", new { })).ReadAsync<Briefing>();
        Assert.Equal(2, briefing.Content.Findings.Count);
        Assert.StartsWith("Learning from a practice learning review", briefing.Content.Title);
        Assert.Equal("Neglect of a pre-school child", (await recommendations.WaitForAsync(m => m.ReviewId == incident.Id, TimeSpan.FromSeconds(20))).Message.Theme.Value);

        var history = await (await Lead.GetAsync($"{path}/history")).ReadAsync<List<HistoryDto>>();
        Assert.Equal(["serious_incident_recorded", "panel_notified", "rapid_review_decided"], history.Take(3).Select(h => h.Event));
        await (await Lead.PostJsonAsync($"{path}/stages", new { stage = "Published", completedOn = Today })).ReadProblemAsync(409);
        await (await service.Host.ClientFor(Partnership, Roles.BoardReader).GetAsync(path)).ReadProblemAsync(403);
    }

    /// <summary>A serious incident the lead learned of yesterday.</summary>
    private async Task<Review> IncidentAsync(string caseReference, string theme, string summary) =>
        await (await Lead.PostJsonAsync("/api/reviews/serious-incidents", new { caseReference, theme, summary, awareOn = Today.AddDays(-1) })).ReadAsync<Review>();

    [Fact]
    public async Task Every_reader_gets_a_review_and_its_history_alike()
    {
        var incident = await IncidentAsync("SH-2026-045", "Neglect", "A child was seriously harmed.");

        var answers = await EveryReader.AssertAnswerAlikeAsync(
            service.Host, Partnership, EveryReader.Of(Council, Guid.NewGuid()), $"/api/reviews/{incident.Id}", $"/api/reviews/{incident.Id}/history");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (answers[new(Roles.Coordinator, null)], answers[new(Roles.BoardReader, null)]));
    }

    [Fact]
    public async Task Reads_of_a_review_refused_ones_and_exports_of_the_event_log_are_in_the_access_log()
    {
        var incident = await IncidentAsync("SH-2026-044", "Exploitation", "A child missing from home was exploited.");
        var outsider = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        (await Lead.GetAsync($"/api/reviews/{incident.Id}/history")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/reviews/{incident.Id}")).StatusCode);
        (await Lead.GetAsync("/api/reviews/export/events")).EnsureSuccessStatusCode();
        var ours = await (await Lead.GetAsync("/api/reviews/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();
        var theirs = await (await outsider.GetAsync("/api/reviews/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        Assert.Contains(ours, r => r.Kind == "review-history" && r.Ids["id"] == incident.Id && !r.Refused);
        Assert.Contains(ours, r => r.Kind == "event-export");
        var refused = Assert.Single(theirs);
        Assert.Equal(("review", true, incident.Id), (refused.Kind, refused.Refused, refused.Ids["id"]));
    }

    private sealed record HistoryDto(string Event);

    /// <summary>How many of the audit's findings and actions Learning has heard of so far.</summary>
    private async Task<(int Findings, int Actions)> KnownOfAuditAsync(Guid auditId)
    {
        var audit = await Lead.GetAsync($"/api/briefings/audits/{auditId}");
        var findings = audit.IsSuccessStatusCode ? (await audit.ReadAsync<AuditLearning>()).Findings.Count : 0;
        var actions = await (await Lead.GetAsync("/api/actions?source=Audit")).ReadAsync<List<ImprovementAction>>();
        return (findings, actions.Count(a => a.Source.Reference == auditId));
    }

    [Fact]
    public async Task An_audit_briefing_is_drafted_from_its_findings_and_actions_edited_and_published_to_every_organisations_staff()
    {
        _programme.CreateProgramme(2027);
        var auditId = _programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Child exploitation", CaseCategory.ChildProtection);
        var audit = new AuditProducer(_programme.AuditScheduled(auditId), _programme.Directory.Keys.ToHashSet(), new ProducerClock(DateTimeOffset.UtcNow))
            .RunToClosed(Council, [(FindingKind.AreaForDevelopment, "Return-home interviews were not offered."), (FindingKind.GoodPractice, "Strategy meetings were timely.")],
                "Offer every child a return-home interview.");
        await service.Host.PublishAsync([.. _programme.Sent.OfType<Safeguarding.Contracts.Programme.OrganisationRegistered>(), .. audit.Sent]);

        await Eventually.Get(() => KnownOfAuditAsync(auditId), known => known == (2, 1));
        var briefing = await (await Lead.PostJsonAsync($"/api/briefings/from-audit/{auditId}", new { })).ReadAsync<Briefing>();
        Assert.Equal((2, 1), (briefing.Content.Findings.Count, briefing.Content.WhatWeWillDo.Count));
        Assert.Contains("Good practice: Strategy meetings were timely.", briefing.Content.Findings);

        var staff = service.Host.ClientFor(Partnership, Roles.AgencyAuditor, Guid.NewGuid().ToString());
        await (await staff.GetAsync($"/api/briefings/{briefing.Id}")).ReadProblemAsync(404);
        var bad = await (await Lead.PutJsonAsync($"/api/briefings/{briefing.Id}", briefing.Content with { Title = "", Links = ["javascript:alert(1)"] })).ReadProblemAsync(400);
        Assert.Equal(["links[0]", "title"], bad.Errors.Keys.Order());
        (await Lead.PutJsonAsync($"/api/briefings/{briefing.Id}", briefing.Content with { Links = ["https://www.sthelenssafeguarding.org.uk/"] })).EnsureSuccessStatusCode();
        (await Lead.PostJsonAsync($"/api/briefings/{briefing.Id}/publish", new { })).EnsureSuccessStatusCode();

        var published = await (await staff.GetAsync($"/api/briefings/{briefing.Id}")).ReadAsync<Briefing>();
        Assert.Equal("https://www.sthelenssafeguarding.org.uk/", Assert.Single(published.Content.Links));
        Assert.Contains(await (await staff.GetAsync("/api/briefings")).ReadAsync<List<Briefing>>(), b => b.Id == briefing.Id);
        await (await staff.PostJsonAsync($"/api/briefings/from-audit/{auditId}", new { })).ReadProblemAsync(403);
    }
}
