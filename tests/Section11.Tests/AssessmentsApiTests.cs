using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Section11.Tests;

[Collection(nameof(Section11ServiceCollection))]
public class AssessmentsApiTests(Section11Service service)
{
    private readonly ProgrammeProducer _programme = ProgrammeProducer.WithDirectory(
        TestTokens.NewPartnership(),
        ("Merseyside Police", OrganisationKind.StatutoryPartner), ("NHS Cheshire and Merseyside", OrganisationKind.StatutoryPartner),
        ("Probation Service", OrganisationKind.RelevantAgency));

    private string Partnership => _programme.PartnershipId;

    private Guid Police => _programme.Registered("Merseyside Police", OrganisationKind.StatutoryPartner);

    private Guid Health => _programme.Registered("NHS Cheshire and Merseyside", OrganisationKind.StatutoryPartner);

    private Guid Probation => _programme.Registered("Probation Service", OrganisationKind.RelevantAgency);

    private HttpClient Coordinator => service.Host.ClientFor(Partnership, Roles.Coordinator);

    private HttpClient AuditorOf(Guid organisation) => service.Host.ClientFor(Partnership, Roles.AgencyAuditor, organisation.ToString());

    private async Task<Section11Cycle> InvitedCycleAsync()
    {
        await service.Host.PublishAsync(_programme.Sent);

        var year = DateTime.UtcNow.Year + 1;
        var cycle = await (await Coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<Section11Cycle>();
        var invitation = new { organisationIds = new[] { Police, Health, Probation } };
        var invited = await Eventually.Get(
            () => Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/invitations", invitation), r => r.StatusCode == HttpStatusCode.OK);
        return await invited.ReadAsync<Section11Cycle>();
    }

    /// <summary>Finding of the attack sweep: a Section 11 cycle answered under /api/section175 as if it were a schools' one.</summary>
    [Fact]
    public async Task A_cycle_is_found_only_under_its_own_kind_s_path()
    {
        var cycle = await InvitedCycleAsync();
        var elsewhere = $"/api/section175/cycles/{cycle.Id}";

        await (await Coordinator.GetAsync(elsewhere)).ReadProblemAsync(404);
        await (await Coordinator.GetAsync($"{elsewhere}/returns")).ReadProblemAsync(404);
        await (await Coordinator.PostJsonAsync($"{elsewhere}/invitations", new { organisationIds = new[] { Police } })).ReadProblemAsync(404);
        await (await AuditorOf(Police).GetAsync($"{elsewhere}/assessments/{Police}")).ReadProblemAsync(404);
        await (await AuditorOf(Police).PutJsonAsync($"{elsewhere}/assessments/{Police}/indicators/1.1", new { score = "2" })).ReadProblemAsync(404);
        await (await AuditorOf(Police).PostJsonAsync($"{elsewhere}/assessments/{Police}/evidence", new { indicator = "1.1", title = "Minutes" })).ReadProblemAsync(404);

        var assessment = await (await AuditorOf(Police).GetAsync($"/api/section11/cycles/{cycle.Id}/assessments/{Police}")).ReadAsync<Assessment>();
        Assert.Empty(assessment.Answers);
        Assert.Empty(assessment.Evidence);
    }

    [Fact]
    public async Task Agencies_self_assess_and_submit_while_the_coordinator_tracks_returns()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments";

        foreach (var indicator in cycle.Framework.Indicators)
        {
            var answered = await AuditorOf(Police).PutJsonAsync($"{assessment}/{Police}/indicators/{indicator.Number}", new { score = "2", narrative = "Evidence held." });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var submitted = await (await AuditorOf(Police).PostJsonAsync($"{assessment}/{Police}/submit", new { })).ReadAsync<Assessment>();
        Assert.Equal(AssessmentStatus.Submitted, submitted.Status);
        await AuditorOf(Health).PutJsonAsync($"{assessment}/{Health}/indicators/1.1", new { score = "1" });

        var returns = await (await Coordinator.GetAsync($"/api/section11/cycles/{cycle.Id}/returns")).ReadAsync<List<ReturnStatus>>();
        Assert.Equal(
            [(Police, ReturnState.Submitted), (Health, ReturnState.InProgress), (Probation, ReturnState.NotStarted)],
            returns.Select(r => (r.OrganisationId, r.State)));

        await (await AuditorOf(Police).PutJsonAsync($"{assessment}/{Police}/indicators/1.1", new { score = "0" })).ReadProblemAsync(409);
        await (await AuditorOf(Health).PutJsonAsync($"{assessment}/{Health}/indicators/1.2", new { score = "excellent" })).ReadProblemAsync(400);
    }

    [Fact]
    public async Task One_organisation_can_neither_read_nor_write_another_organisations_assessment()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments";

        await (await AuditorOf(Health).PutJsonAsync($"{assessment}/{Police}/indicators/1.1", new { score = "0" })).ReadProblemAsync(403);
        await (await AuditorOf(Health).GetAsync($"{assessment}/{Police}")).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.OK, (await AuditorOf(Police).GetAsync($"{assessment}/{Police}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.GetAsync($"{assessment}/{Police}")).StatusCode);
        await (await AuditorOf(Health).GetAsync($"/api/section11/cycles/{cycle.Id}/returns")).ReadProblemAsync(403);
    }

    [Fact]
    public async Task Every_read_of_an_assessment_and_every_refused_one_is_in_the_access_log_for_the_coordinator_only()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{Police}";

        Assert.Equal(HttpStatusCode.OK, (await AuditorOf(Police).GetAsync(assessment)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AuditorOf(Health).GetAsync(assessment)).StatusCode);
        var log = await (await Coordinator.GetAsync($"/api/section11/access-log?recordId={Police}")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        var read = Assert.Single(log, r => !r.Refused);
        var refused = Assert.Single(log, r => r.Refused);
        Assert.Equal(("assessment", "test-agency-auditor", Police.ToString()), (read.Kind, read.Subject, read.Organisation));
        Assert.Equal(("assessment", Health.ToString()), (refused.Kind, refused.Organisation));
        Assert.Equal(cycle.Id, read.Ids["cycleId"]);
        await (await AuditorOf(Police).GetAsync("/api/section11/access-log")).ReadProblemAsync(403);
        Assert.Empty(await (await service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/section11/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>());
    }

    [Fact]
    public async Task A_submitted_assessment_is_challenged_answered_and_moderated_down_to_a_weak_standard()
    {
        await using var weak = await BusProbe<Safeguarding.Contracts.Section11.WeakStandardIdentified>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{Police}";
        foreach (var indicator in cycle.Framework.Indicators)
        {
            await AuditorOf(Police).PutJsonAsync($"{assessment}/indicators/{indicator.Number}", new { score = "3" });
        }

        await (await Coordinator.PostJsonAsync($"{assessment}/challenges", new { indicator = "5.2", question = "What is the training completion rate?" })).ReadProblemAsync(409);
        await AuditorOf(Police).PostJsonAsync($"{assessment}/submit", new { });
        var challenged = await (await Coordinator.PostJsonAsync($"{assessment}/challenges", new { indicator = "5.2", question = "What is the training completion rate?" })).ReadAsync<Assessment>();
        var challenge = Assert.Single(challenged.Challenges);
        await (await AuditorOf(Health).PostJsonAsync($"{assessment}/challenges/{challenge.ChallengeId}/answer", new { answer = "Not ours to answer." })).ReadProblemAsync(403);
        await AuditorOf(Police).PostJsonAsync($"{assessment}/challenges/{challenge.ChallengeId}/answer", new { answer = "61% of frontline staff are in date." });

        var moderated = await (await Coordinator.PostJsonAsync($"{assessment}/moderation", new { indicator = "5.2", score = "1", rationale = "Completion well below the 90% expected." })).ReadAsync<Assessment>();

        Assert.Equal("61% of frontline staff are in date.", Assert.Single(moderated.Challenges).Answer);
        Assert.Equal(("1", true), (Assert.Single(moderated.Moderated).Score, moderated.Moderated[0].Weak));
        Assert.Equal("3", moderated.Answers.Single(a => a.Indicator == "5.2").Score);
        var message = await weak.WaitForAsync(m => m.OrganisationId == Police, TimeSpan.FromSeconds(20));
        Assert.Equal((5, "Training"), (message.Message.Standard, message.Message.StandardTitle));
        await (await AuditorOf(Police).PostJsonAsync($"{assessment}/moderation", new { indicator = "5.2", score = "3", rationale = "Mine" })).ReadProblemAsync(403);
    }

    [Fact]
    public async Task A_school_completes_its_Section_175_return_with_head_teacher_and_governor_sign_off()
    {
        var school = _programme.Register("Demo Primary", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Academy);
        await service.Host.PublishAsync(_programme.Sent);
        var year = DateTime.UtcNow.Year + 1;
        var cycle = await (await Coordinator.PostJsonAsync("/api/section175/cycles", new { year, deadline = $"{year}-06-30" })).ReadAsync<Section11Cycle>();
        Assert.Equal("section-175", cycle.Framework.Key);
        await Eventually.Get(
            () => Coordinator.PostJsonAsync($"/api/section175/cycles/{cycle.Id}/invitations", new { organisationIds = new[] { school } }),
            r => r.StatusCode == HttpStatusCode.OK);
        var dsl = AuditorOf(school);
        var assessment = $"/api/section175/cycles/{cycle.Id}/assessments/{school}";
        foreach (var indicator in cycle.Framework.Indicators)
        {
            await dsl.PutJsonAsync($"{assessment}/indicators/{indicator.Number}", new { score = "yes" });
        }

        await (await dsl.PostJsonAsync($"{assessment}/submit", new { })).ReadProblemAsync(400);
        await dsl.PostJsonAsync($"{assessment}/sign-off", new { role = "head-teacher", name = "Head teacher" });
        await dsl.PostJsonAsync($"{assessment}/sign-off", new { role = "safeguarding-governor", name = "Safeguarding governor" });
        var submitted = await (await dsl.PostJsonAsync($"{assessment}/submit", new { })).ReadAsync<Assessment>();

        Assert.Equal(AssessmentStatus.Submitted, submitted.Status);
        Assert.Equal(["head-teacher", "safeguarding-governor"], submitted.SignOffs.Select(s => s.Role).Order());
        Assert.Single(await (await Coordinator.GetAsync("/api/section175/cycles")).ReadAsync<List<Section11Cycle>>());
        Assert.DoesNotContain(await (await Coordinator.GetAsync("/api/section11/cycles")).ReadAsync<List<Section11Cycle>>(), c => c.Id == cycle.Id);
    }
}
