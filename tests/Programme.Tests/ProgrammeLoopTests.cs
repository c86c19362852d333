using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using AuditIntegration = Safeguarding.Contracts.Audit;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Programme.Tests;

/// <summary>The programme learns from its own results, on a clock the test moves.</summary>
public sealed class ProgrammeLoopTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly string _partnership = TestTokens.NewPartnership();
    private ServiceHost<Program> _host = null!;

    private HttpClient Coordinator => _host.ClientFor(_partnership, Roles.Coordinator);

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync("programme-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<AuditProgramme> Generated(int year)
    {
        var programme = await (await Coordinator.PostJsonAsync("/api/programmes", new { year })).ReadAsync<AuditProgramme>();
        return await (await Coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/generate", new { })).ReadAsync<AuditProgramme>();
    }

    /// <summary>Audit, Section11 and Learning as they really publish, at the test's time.</summary>
    private ProducerClock Clock => new(_clock.GetUtcNow());

    private static readonly Guid Agency = Guid.NewGuid();

    [Fact]
    public async Task Items_are_done_when_their_audit_closes_and_overdue_once_their_quarter_passes()
    {
        await using var probe = await BusProbe<Integration.ScheduledItemOverdue>.StartAsync(_host.RabbitMq.AmqpUri);
        await using var scheduled = await BusProbe<Integration.AuditScheduled>.StartAsync(_host.RabbitMq.AmqpUri);
        var programme = await Generated(2027);
        var q1Audit = programme.Items.Single(i => i is { Kind: ScheduledItemKind.ThematicAudit, Quarter: 1 });
        var watcher = _host.Services.GetRequiredService<OverdueItemsCheck>();

        Assert.Equal(0, await watcher.CheckAsync(default));
        var opened = (await scheduled.WaitForAsync(m => m.AuditId == q1Audit.ItemId, TimeSpan.FromSeconds(20))).Message;
        var audit = new AuditProducer(opened, new HashSet<Guid> { Agency }, Clock).RunToClosed(Agency);
        await _host.PublishAsync(audit.Sent.OfType<AuditIntegration.AuditClosed>());
        await Eventually.Get(
            async () => await (await Coordinator.GetAsync($"/api/programmes/{programme.Id}")).ReadAsync<AuditProgramme>(),
            p => p.StatusOf(q1Audit.ItemId) == ItemStatus.Done);

        // Moving the clock also wakes the watcher's own timer, so the explicit check may find the work done.
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.Zero));
        await watcher.CheckAsync(default);

        var after = await (await Coordinator.GetAsync($"/api/programmes/{programme.Id}")).ReadAsync<AuditProgramme>();
        Assert.Equal(ItemStatus.Done, after.StatusOf(q1Audit.ItemId));
        Assert.Equal([ScheduledItemKind.Section11Cycle], after.Items.Where(i => after.StatusOf(i.ItemId) == ItemStatus.Overdue).Select(i => i.Kind));
        Assert.Equal(0, await watcher.CheckAsync(default));
        var overdue = await probe.WaitForAsync(m => m.ProgrammeId == programme.Id, TimeSpan.FromSeconds(20));
        Assert.Equal(new DateOnly(2027, 3, 31), overdue.Message.Due);
    }

    [Fact]
    public async Task The_Section_11_item_is_done_when_its_cycle_closes_and_the_Section_175_item_is_not()
    {
        var programme = await Generated(2027);
        var section11 = new Section11Producer(_partnership, new Dictionary<Guid, OrganisationKind> { [Agency] = OrganisationKind.RelevantAgency },
                Clock, 2027, new DateOnly(2027, 3, 31), "self-score-0-3")
            .Invite(Agency).Submit(Agency, "3").Moderate(Agency, "1.1", "3", "Confirmed.").AgreeActionPlan(Agency, "Keep it up.", new DateOnly(2027, 9, 30)).Close();

        await _host.PublishAsync(section11.Sent.OfType<Safeguarding.Contracts.Section11.CycleClosed>());

        var after = await Eventually.Get(
            async () => await (await Coordinator.GetAsync($"/api/programmes/{programme.Id}")).ReadAsync<AuditProgramme>(),
            p => p.Items.Any(i => i.Kind == ScheduledItemKind.Section11Cycle && p.StatusOf(i.ItemId) == ItemStatus.Done));
        Assert.NotEqual(ItemStatus.Done, after.StatusOf(after.Items.Single(i => i.Kind == ScheduledItemKind.Section175Cycle).ItemId));
    }

    [Fact]
    public async Task An_audit_finding_becomes_a_candidate_priority_and_once_accepted_shapes_next_year()
    {
        var elsewhere = new ProgrammeProducer(_partnership, Clock);
        elsewhere.CreateProgramme(2027);
        var scheduled = elsewhere.AuditScheduled(elsewhere.Schedule(ScheduledItemKind.ThematicAudit, 1, "Child exploitation", CaseCategory.ChildProtection));
        var audit = new AuditProducer(scheduled, new HashSet<Guid> { Agency }, Clock)
            .RunToClosed(Agency, [(FindingKind.AreaForDevelopment, "Return-home interviews were not offered after every missing episode."), (FindingKind.GoodPractice, "Strategy meetings were timely.")]);
        var findings = audit.Sent.OfType<AuditIntegration.FindingRecorded>().ToList();
        var finding = findings.Single(f => f.Kind == FindingKind.AreaForDevelopment);

        await _host.PublishAsync([.. findings, finding]);
        var candidates = await Eventually.Get(
            async () => await (await Coordinator.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>(),
            list => list.Count > 0);

        var candidate = Assert.Single(candidates);
        Assert.Equal((PrioritySourceKind.AuditFinding, finding.FindingId.ToString()), (candidate.Details.Source!.Kind, candidate.Details.Source.Reference));
        Assert.Equal(PriorityRoute.KnownConcern, candidate.Details.Route);
        await Coordinator.PostJsonAsync($"/api/programmes/priorities/{candidate.Id}/accept", new { });

        var nextYear = await Generated(2028);
        Assert.Contains(nextYear.Items, i => i.PriorityId == candidate.Id && i.Theme == "Child exploitation");
    }

    [Fact]
    public async Task A_weak_Section_11_standard_becomes_one_candidate_priority_however_many_organisations_share_it()
    {
        var (police, health) = (Guid.NewGuid(), Guid.NewGuid());
        var section11 = new Section11Producer(
                _partnership, new Dictionary<Guid, OrganisationKind> { [police] = OrganisationKind.StatutoryPartner, [health] = OrganisationKind.StatutoryPartner },
                Clock, 2027, new DateOnly(2027, 3, 31), "self-score-0-3")
            .Invite(police, health);
        foreach (var organisation in new[] { police, health })
        {
            section11.Submit(organisation, "3").Moderate(organisation, "5.2", "1", "Training completion well below expectations.");
        }

        using var consumed = Consumed<Safeguarding.Contracts.Section11.WeakStandardIdentified>.On(_host.Services.GetRequiredService<IBus>(), _partnership);
        await _host.PublishAsync(section11.Sent.OfType<Safeguarding.Contracts.Section11.WeakStandardIdentified>());
        await consumed.WaitForAsync(2);

        var candidate = Assert.Single(await (await Coordinator.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>());
        Assert.Equal((PrioritySourceKind.Section11Standard, "Section 11 standard 5: Training"), (candidate.Details.Source!.Kind, candidate.Details.Theme));
    }

    [Fact]
    public async Task A_review_recommendation_and_learning_to_test_become_candidate_priorities_linked_to_their_sources()
    {
        var owner = Guid.NewGuid();
        var learning = new LearningProducer(_partnership, new HashSet<Guid> { owner }, Clock);
        var review = learning.RecordSeriousIncident("SI-2027-07", "Neglect", DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        learning.NotifyPanel(review).Decide(review, ReviewDecision.PracticeLearningReview);
        var recommendationId = learning.Recommend(review, "Health visitors share neglect concerns with early help within five working days.", owner, new DateOnly(2027, 6, 30), "Neglect");

        await _host.PublishAsync([
            .. learning.Sent.OfType<Safeguarding.Contracts.Learning.RecommendationMade>(), .. learning.Sent.OfType<Safeguarding.Contracts.Learning.LearningToTest>()]);
        var candidates = await Eventually.Get(
            async () => await (await Coordinator.GetAsync("/api/programmes/priorities?status=Candidate")).ReadAsync<List<Priority>>(),
            list => list.Count == 2);

        var fromReview = candidates.Single(c => c.Details.Source!.Kind == PrioritySourceKind.ReviewRecommendation);
        Assert.Equal((PriorityRoute.PracticeReview, recommendationId.ToString()), (fromReview.Details.Route, fromReview.Details.Source!.Reference));
        Assert.StartsWith("Re-audit to test", candidates.Single(c => c.Details.Source!.Kind == PrioritySourceKind.LearningToTest).Details.Rationale);
    }
}
