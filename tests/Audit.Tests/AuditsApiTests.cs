using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class AuditsApiTests(AuditService service)
{

    private HttpClient Coordinator => service.Host.ClientFor(_programme.PartnershipId, Roles.Coordinator);

    private readonly ProgrammeProducer _programme = new(TestTokens.NewPartnership(), new ProducerClock(DateTimeOffset.UtcNow));

    /// <summary>An audit on this test's programme, as Programme really schedules it.</summary>
    private AuditScheduled Scheduled()
    {
        if (_programme.Sent.Count == 0)
        {
            _programme.CreateProgramme(2027);
        }

        return _programme.AuditScheduled(
            _programme.Schedule(ScheduledItemKind.ThematicAudit, _programme.Programme.Items.Count + 1, "Child exploitation", CaseCategory.ChildProtection));
    }

    private Task Publish(AuditScheduled message) => service.Host.PublishAsync(message);

    private Task<HttpResponseMessage> WaitForAudit(Guid auditId) =>
        Eventually.Get(() => Coordinator.GetAsync($"/api/audits/{auditId}"), r => r.StatusCode == HttpStatusCode.OK);

    [Fact]
    public async Task An_audit_taken_off_the_programme_before_its_terms_is_cancelled_with_the_programmes_reason()
    {
        var scheduled = Scheduled();
        await Publish(scheduled);
        await WaitForAudit(scheduled.AuditId);
        using var consumed = Consumed<ScheduledItemRemoved>.On(service.Host.Services.GetRequiredService<IBus>(), scheduled.PartnershipId);

        _programme.Remove(scheduled.AuditId, "Merged with the Q2 audit.");
        var removed = _programme.Sent.OfType<ScheduledItemRemoved>().Single();
        await service.Host.PublishAsync([removed, removed]);

        await consumed.WaitForAsync(2);
        var cancelled = await (await Coordinator.GetAsync($"/api/audits/{scheduled.AuditId}")).ReadAsync<MultiAgencyAudit>();
        var history = await (await Coordinator.GetAsync($"/api/audits/{scheduled.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        Assert.Equal(["audit_opened", "audit_cancelled"], history.Select(h => h.Event));
        Assert.Equal(AuditStage.Cancelled, cancelled.Stage);
    }

    [Fact]
    public async Task Reads_of_an_audit_and_its_history_are_in_the_access_log()
    {
        var scheduled = Scheduled();
        await Publish(scheduled);
        await WaitForAudit(scheduled.AuditId);
        await Coordinator.GetAsync($"/api/audits/{scheduled.AuditId}/history");

        var log = await (await Coordinator.GetAsync($"/api/audits/access-log?recordId={scheduled.AuditId}")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        Assert.Contains(log, r => r.Kind == "audit-history" && r.Ids["id"] == scheduled.AuditId);
        Assert.Contains(log, r => r.Kind == "audit" && r.Subject == "test-coordinator");
    }

    [Fact]
    public async Task A_refused_read_and_an_export_of_the_event_log_are_in_the_access_log_too()
    {
        var scheduled = Scheduled();
        await Publish(scheduled);
        await WaitForAudit(scheduled.AuditId);
        var outsider = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/audits/{scheduled.AuditId}")).StatusCode);
        (await Coordinator.GetAsync("/api/audits/export/events")).EnsureSuccessStatusCode();
        var theirs = await (await outsider.GetAsync("/api/audits/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();
        var ours = await (await Coordinator.GetAsync("/api/audits/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        var refused = Assert.Single(theirs);
        Assert.Equal(("audit", true, scheduled.AuditId), (refused.Kind, refused.Refused, refused.Ids["id"]));
        Assert.Contains(ours, r => r.Kind == "event-export" && !r.Refused);
    }

    [Fact]
    public async Task A_list_of_audits_and_a_read_refused_by_role_are_in_the_access_log_and_read_back_by_person()
    {
        var scheduled = Scheduled();
        await Publish(scheduled);
        await WaitForAudit(scheduled.AuditId);
        var trainer = service.Host.ClientFor(_programme.PartnershipId, Roles.TrainingManager);

        (await Coordinator.GetAsync("/api/audits")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync($"/api/audits/{scheduled.AuditId}/history")).StatusCode);
        var everyone = await (await Coordinator.GetAsync("/api/audits/access-log")).ReadAsync<List<RecordRead>>();
        var trainers = await (await Coordinator.GetAsync("/api/audits/access-log?subject=test-training-manager")).ReadAsync<List<RecordRead>>();

        Assert.Contains(everyone, r => r.Kind == "audits" && r.Subject == "test-coordinator" && !r.Refused);
        var refused = Assert.Single(trainers);
        Assert.Equal(("audit-history", true, scheduled.AuditId), (refused.Kind, refused.Refused, refused.Ids["id"]));
    }

    [Fact]
    public async Task A_scheduled_audit_opens_in_scoping_with_its_history()
    {
        var scheduled = Scheduled();

        await Publish(scheduled);

        var response = await WaitForAudit(scheduled.AuditId);
        var audit = await response.ReadAsync<MultiAgencyAudit>();
        Assert.Equal(AuditStage.Scoping, audit.Stage);
        Assert.Equal("Child exploitation", audit.Theme);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var history = await (await Coordinator.GetAsync($"/api/audits/{scheduled.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        var opened = Assert.Single(history);
        Assert.Equal(1, opened.Version);
        Assert.Equal("audit_opened", opened.Event);
        Assert.Equal((ProgrammeProducer.Coordinator.Id, ProgrammeProducer.Coordinator.OrganisationId), (opened.By, opened.ByOrganisation));
    }

    [Fact]
    public async Task A_redelivered_schedule_opens_the_audit_once()
    {
        var scheduled = Scheduled();
        using var consumed = Consumed<AuditScheduled>.On(service.Host.Services.GetRequiredService<IBus>(), scheduled.PartnershipId);

        await service.Host.PublishAsync([scheduled, scheduled]);
        await consumed.WaitForAsync(2);

        var history = await (await Coordinator.GetAsync($"/api/audits/{scheduled.AuditId}/history")).ReadAsync<List<HistoryEntry>>();
        Assert.Single(history);
    }

    [Fact]
    public async Task Opening_an_audit_is_published_for_the_other_services()
    {
        await using var probe = await BusProbe<Integration.AuditOpened>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var scheduled = Scheduled();

        await Publish(scheduled);

        var received = await probe.WaitForAsync(m => m.AuditId == scheduled.AuditId, TimeSpan.FromSeconds(20));
        Assert.Equal(_programme.PartnershipId, received.Message.PartnershipId);
        Assert.Equal(received.Message.EventId, received.MessageId);
    }

    [Fact]
    public async Task Another_partnership_cannot_read_the_audit()
    {
        var scheduled = Scheduled();
        await Publish(scheduled);
        await WaitForAudit(scheduled.AuditId);

        var outsider = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        await (await outsider.GetAsync($"/api/audits/{scheduled.AuditId}")).ReadProblemAsync(404);
        await (await outsider.GetAsync($"/api/audits/{scheduled.AuditId}/history")).ReadProblemAsync(404);
        Assert.Empty(await (await outsider.GetAsync("/api/audits")).ReadAsync<List<MultiAgencyAudit>>());
    }

    [Fact]
    public async Task Audits_are_closed_to_callers_without_the_right_role_or_a_token()
    {
        await (await service.Host.ClientFor(_programme.PartnershipId, Roles.TrainingManager).GetAsync("/api/audits")).ReadProblemAsync(403);
        await (await service.Host.CreateClient().GetAsync("/api/audits")).ReadProblemAsync(401);
    }
}
