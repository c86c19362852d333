using Safeguarding.Audit.Audits;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using static Safeguarding.Audit.Tests.AuditFixtures;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class ImmediateConcernApiTests(AuditService service)
{
    private readonly AuditJourney _journey = new(service);

    [Fact]
    public async Task A_concern_goes_to_its_agency_at_once_and_only_that_agency_acknowledges_it()
    {
        await using var probe = await BusProbe<Integration.ImmediateConcernRaised>.StartAsync(service.Host.RabbitMq.AmqpUri);
        await _journey.ToReturnsOpenAsync();
        var health = _journey.AuditorOf(_journey.Health);

        var raised = await (await health.PostJsonAsync($"/api/audits/{_journey.AuditId}/concerns",
            new { caseKey = "SH-2027-003", ownerOrganisationId = _journey.Police, summary = "Child disclosed contact with an adult of concern." })).ReadAsync<AuditView>();

        Assert.Empty(raised.Concerns);
        var message = await probe.WaitForAsync(m => m.AuditId == _journey.AuditId, TimeSpan.FromSeconds(20));
        Assert.Equal((_journey.Police, "SH-2027-003"), (message.Message.OwnerOrganisationId, message.Message.CaseKey.Value));

        var police = _journey.AuditorOf(_journey.Police);
        var concern = Assert.Single((await (await police.GetAsync($"/api/audits/{_journey.AuditId}")).ReadAsync<AuditView>()).Concerns);
        await (await health.PostJsonAsync($"/api/audits/{_journey.AuditId}/concerns/{concern.ConcernId}/acknowledge", new { })).ReadProblemAsync(403);
        var acknowledged = await (await police.PostJsonAsync($"/api/audits/{_journey.AuditId}/concerns/{concern.ConcernId}/acknowledge", new { })).ReadAsync<AuditView>();
        Assert.True(Assert.Single(acknowledged.Concerns).IsAcknowledged);
    }

    [Fact]
    public async Task A_board_reader_raises_no_concern() =>
        await (await service.Host.ClientFor(_journey.Partnership, Roles.BoardReader)
            .PostJsonAsync($"/api/audits/{_journey.AuditId}/concerns", new { caseKey = "SH-2027-003" })).ReadProblemAsync(403);
}
