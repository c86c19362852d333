using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Reporting.Dashboards;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>What an agency owes, in one answer, from what Programme, Audit, Section11 and Learning really send.</summary>
[Collection(nameof(ReportingServiceCollection))]
public class AgencyObligationsApiTests(ReportingService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    [Fact]
    public async Task An_agency_reads_the_returns_self_assessments_and_actions_it_still_owes_and_nothing_it_has_done()
    {
        var clock = new ProducerClock(DateTimeOffset.UtcNow.AddDays(-10));
        var programme = new ProgrammeProducer(_partnership, clock);
        var (police, health) = (programme.Register("Police", OrganisationKind.StatutoryPartner), programme.Register("Health", OrganisationKind.StatutoryPartner));
        programme.CreateProgramme(2027);
        var directory = new HashSet<Guid> { police, health };
        var cases = new[] { ("SH-2027-001", CaseCategory.EarlyHelp), ("SH-2027-002", CaseCategory.EarlyHelp), ("SH-2027-003", CaseCategory.ChildInNeed), ("SH-2027-004", CaseCategory.ChildInNeed) };
        var open = new AuditProducer(programme.AuditScheduled(programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.EarlyHelp)), directory, clock)
            .OpenReturns(cases, i => i == 0 ? [police, health] : [police])
            .SubmitReturn(police, "SH-2027-001", "good");
        var closed = new AuditProducer(programme.AuditScheduled(programme.Schedule(ScheduledItemKind.ThematicAudit, 2, "Exploitation", CaseCategory.EarlyHelp)), directory, clock)
            .OpenReturns(cases, _ => [police])
            .CloseReturns();
        var section11 = new Section11Producer(_partnership, programme.Directory, clock, 2027, clock.Today.AddDays(5), "rag").Invite(police, health).Submit(health, "green");
        var learning = new LearningProducer(_partnership, directory, clock);
        var owed = learning.RecordAction("Train every team on neglect.", police, clock.Today.AddDays(30));
        learning.ReportProgress(learning.RecordAction("Audit the front door.", police, clock.Today.AddDays(20)), ActionProgress.Completed);
        learning.RecordAction("Review health visiting.", health, clock.Today.AddDays(10));

        await service.Host.PublishAsync([.. programme.Sent, .. open.Sent, .. closed.Sent, .. section11.Sent, .. learning.Sent]);

        var policeSystem = service.Host.ClientFor(_partnership, Roles.PartnerSystem, police.ToString());
        // The agency is unknown (404) until Programme's registration is heard, which may come after the first read.
        var obligations = (await Eventually.Get(
            async () => await policeSystem.GetAsync($"/api/reports/agencies/{police}/obligations") is { IsSuccessStatusCode: true } known
                ? await known.ReadAsync<AgencyObligations>()
                : null,
            // Every message heard: freshness alone cannot say so, as messages still on the broker are not yet logged.
            o => o is { AuditReturns: [{ Submitted: 1 } only] } && only.AuditId == open.Audit.Id && o.SelfAssessments.Count == 1
                && o.Actions.Select(a => a.ActionId).SequenceEqual([owed])))!;
        var returns = Assert.Single(obligations.AuditReturns);
        Assert.Equal((open.Audit.Id, "Neglect", 4, 1, true), (returns.AuditId, returns.Theme, returns.Requested, returns.Submitted, returns.Overdue));
        var assessment = Assert.Single(obligations.SelfAssessments);
        Assert.Equal((section11.Cycle.Id, SelfAssessmentKind.Section11, true), (assessment.CycleId, assessment.Kind, assessment.Overdue));
        Assert.Equal([owed], obligations.Actions.Select(a => a.ActionId));
        Assert.Equal(("Police", ActionStatus.NotStarted), (obligations.Name, obligations.Actions[0].Status));
    }

    [Fact]
    public async Task An_agency_may_not_read_another_s_and_an_unknown_organisation_is_not_found()
    {
        var programme = new ProgrammeProducer(_partnership, new ProducerClock(DateTimeOffset.UtcNow));
        var (police, health) = (programme.Register("Police", OrganisationKind.StatutoryPartner), programme.Register("Health", OrganisationKind.StatutoryPartner));
        await service.Host.PublishAsync(programme.Sent);
        var coordinator = service.Host.ClientFor(_partnership, Roles.Coordinator);
        await Eventually.Get(() => coordinator.GetAsync($"/api/reports/agencies/{health}/obligations"), r => r.IsSuccessStatusCode);

        var forbidden = await (await service.Host.ClientFor(_partnership, Roles.AgencyAuditor, police.ToString())
            .GetAsync($"/api/reports/agencies/{health}/obligations")).ReadProblemAsync(403);
        await (await coordinator.GetAsync($"/api/reports/agencies/{Guid.NewGuid()}/obligations")).ReadProblemAsync(404);

        Assert.Contains("own agency", forbidden.Detail, StringComparison.Ordinal);
    }
}
