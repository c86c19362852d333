using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using AuditIntegration = Safeguarding.Contracts.Audit;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

/// <summary>An audit's action through the register on a clock the test moves: raised, updated, overdue, completed, closed.</summary>
public sealed class ActionLifecycleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ProgrammeProducer _programme = ProgrammeProducer.WithDirectory(TestTokens.NewPartnership(), ("Merseyside Police", OrganisationKind.StatutoryPartner));

    private string Partnership => _programme.PartnershipId;

    private Guid Police => _programme.Registered("Merseyside Police", OrganisationKind.StatutoryPartner);
    private ServiceHost<Program> _host = null!;

    // The periodic check runs when a test says so, never because the test moved the clock past its hour.
    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync(
            "learning-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock),
            settings: new Dictionary<string, string> { ["Learning:OverdueCheckEvery"] = "40.00:00:00" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_audit_action_is_registered_updated_goes_overdue_on_the_calendar_and_is_closed_with_evidence_of_impact()
    {
        await using var overdueProbe = await BusProbe<Integration.ActionOverdue>.StartAsync(_host.RabbitMq.AmqpUri);
        await using var closedProbe = await BusProbe<Integration.ActionClosed>.StartAsync(_host.RabbitMq.AmqpUri);
        var coordinator = _host.ClientFor(Partnership, Roles.Coordinator);
        var police = _host.ClientFor(Partnership, Roles.AgencyAuditor, Police.ToString());
        var (raised, registered) = await ActionRaisedByAnAuditAsync();
        Assert.Equal((raised.ActionId, "Audit finding: Return-home interviews were not offered.", raised.AuditId), (registered.Id, registered.Why, registered.Source.Reference));

        (await police.PostJsonAsync($"/api/actions/{registered.Id}/progress", new { progress = "OnTrack", note = "Protocol drafted." })).EnsureSuccessStatusCode();

        // Due Thursday 24 December 2026: Christmas and Boxing Day (substituted to Monday 28th) pass before it is late.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero));
        await _host.Services.GetRequiredService<OverdueActionsCheck>().CheckAsync(default);
        Assert.Equal(ActionStatus.OnTrack, (await (await coordinator.GetAsync($"/api/actions/{registered.Id}")).ReadAsync<ImprovementAction>()).Status);
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero));
        await _host.Services.GetRequiredService<OverdueActionsCheck>().CheckAsync(default);
        var overdue = await (await coordinator.GetAsync($"/api/actions/{registered.Id}")).ReadAsync<ImprovementAction>();
        Assert.Equal((ActionStatus.Overdue, new DateOnly(2026, 12, 29)), (overdue.Status, overdue.OverdueFrom));
        Assert.Equal(Police, (await overdueProbe.WaitForAsync(m => m.ActionId == registered.Id, TimeSpan.FromSeconds(20))).Message.OwnerOrganisationId);

        await (await coordinator.PostJsonAsync($"/api/actions/{registered.Id}/close", new { evidenceOfImpact = "Too early" })).ReadProblemAsync(409);
        (await police.PostJsonAsync($"/api/actions/{registered.Id}/progress", new { progress = "Completed", note = "Protocol live since 4 January." })).EnsureSuccessStatusCode();
        var closed = await (await coordinator.PostJsonAsync($"/api/actions/{registered.Id}/close", new { evidenceOfImpact = "Dip sample: 11 of 12 missing episodes had an interview offered." })).ReadAsync<ImprovementAction>();

        Assert.Equal(ActionStatus.Closed, closed.Status);
        Assert.StartsWith("Dip sample", (await closedProbe.WaitForAsync(m => m.ActionId == registered.Id, TimeSpan.FromSeconds(20))).Message.EvidenceOfImpact);
    }

    [Fact]
    public async Task An_action_is_overdue_the_moment_it_is_late_before_the_periodic_check_has_recorded_it()
    {
        var coordinator = _host.ClientFor(Partnership, Roles.Coordinator);
        var (_, registered) = await ActionRaisedByAnAuditAsync();

        // Due Thursday 24 December 2026; the first working day after it is Tuesday 29th. No check has run since the start.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero));
        var late = await (await coordinator.GetAsync($"/api/actions/{registered.Id}")).ReadAsync<ImprovementAction>();
        var listed = await (await coordinator.GetAsync("/api/actions?status=Overdue")).ReadAsync<List<ImprovementAction>>();
        var history = await (await coordinator.GetAsync($"/api/actions/{registered.Id}/history")).ReadAsync<List<HistoryEntry>>();

        Assert.Equal((ActionStatus.Overdue, new DateOnly(2026, 12, 29)), (late.Status, late.OverdueFrom));
        Assert.Equal([registered.Id], listed.Select(a => a.Id));
        Assert.DoesNotContain(history, entry => entry.Event == "action_went_overdue");
    }

    /// <summary>An audit's action, due on Thursday 24 December 2026, delivered twice and registered once.</summary>
    private async Task<(AuditIntegration.ActionRaised Raised, ImprovementAction Registered)> ActionRaisedByAnAuditAsync()
    {
        _programme.CreateProgramme(2026);
        var scheduled = _programme.AuditScheduled(_programme.Schedule(ScheduledItemKind.ThematicAudit, 4, "Child exploitation", CaseCategory.ChildProtection));
        var audit = new AuditProducer(scheduled, new HashSet<Guid> { Police }, new ProducerClock(_clock.GetUtcNow()))
            .RunToClosed(Police, [(FindingKind.AreaForDevelopment, "Return-home interviews were not offered.")],
                "Offer a return-home interview after every missing episode.", new DateOnly(2026, 12, 24));
        var raised = audit.Sent.OfType<AuditIntegration.ActionRaised>().Single();

        await _host.PublishAsync([raised, raised]);
        var actions = await Eventually.Get(
            async () => await (await _host.ClientFor(Partnership, Roles.Coordinator).GetAsync($"/api/actions?source=Audit")).ReadAsync<List<ImprovementAction>>(),
            list => list.Count > 0);
        return (raised, Assert.Single(actions));
    }
}
