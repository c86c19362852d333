using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

[Collection(nameof(Section11ServiceCollection))]
public class AssessmentsApiTests(Section11Service service)
{
    private readonly string _partnership = TestTokens.NewPartnership();
    private readonly Guid _police = Guid.NewGuid();
    private readonly Guid _health = Guid.NewGuid();
    private readonly Guid _probation = Guid.NewGuid();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private HttpClient AuditorOf(Guid organisation) => service.Host.ClientFor(_partnership, Roles.AgencyAuditor, organisation.ToString());

    private async Task<Section11Cycle> InvitedCycleAsync()
    {
        var bus = service.Host.Services.GetRequiredService<IBus>();
        foreach (var organisation in new[] { _police, _health, _probation })
        {
            await bus.Publish(new OrganisationRegistered(Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Actor.System, organisation, $"Agency {organisation}", OrganisationKind.RelevantAgency));
        }

        var year = DateTime.UtcNow.Year + 1;
        var cycle = await (await Coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<Section11Cycle>();
        var invitation = new { organisationIds = new[] { _police, _health, _probation } };
        var invited = await Eventually.Get(
            () => Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/invitations", invitation), r => r.StatusCode == HttpStatusCode.OK);
        return await invited.ReadAsync<Section11Cycle>();
    }

    [Fact]
    public async Task Agencies_self_assess_and_submit_while_the_coordinator_tracks_returns()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments";

        foreach (var indicator in cycle.Framework.Indicators)
        {
            var answered = await AuditorOf(_police).PutJsonAsync($"{assessment}/{_police}/indicators/{indicator.Number}", new { score = "2", narrative = "Evidence held." });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var submitted = await (await AuditorOf(_police).PostJsonAsync($"{assessment}/{_police}/submit", new { })).ReadAsync<Assessment>();
        Assert.Equal(AssessmentStatus.Submitted, submitted.Status);
        await AuditorOf(_health).PutJsonAsync($"{assessment}/{_health}/indicators/1.1", new { score = "1" });

        var returns = await (await Coordinator.GetAsync($"/api/section11/cycles/{cycle.Id}/returns")).ReadAsync<List<ReturnStatus>>();
        Assert.Equal(
            [(_police, ReturnState.Submitted), (_health, ReturnState.InProgress), (_probation, ReturnState.NotStarted)],
            returns.Select(r => (r.OrganisationId, r.State)));

        await (await AuditorOf(_police).PutJsonAsync($"{assessment}/{_police}/indicators/1.1", new { score = "0" })).ReadProblemAsync(409);
        await (await AuditorOf(_health).PutJsonAsync($"{assessment}/{_health}/indicators/1.2", new { score = "excellent" })).ReadProblemAsync(400);
    }

    [Fact]
    public async Task One_organisation_can_neither_read_nor_write_another_organisations_assessment()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments";

        await (await AuditorOf(_health).PutJsonAsync($"{assessment}/{_police}/indicators/1.1", new { score = "0" })).ReadProblemAsync(403);
        await (await AuditorOf(_health).GetAsync($"{assessment}/{_police}")).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.OK, (await AuditorOf(_police).GetAsync($"{assessment}/{_police}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.GetAsync($"{assessment}/{_police}")).StatusCode);
        await (await AuditorOf(_health).GetAsync($"/api/section11/cycles/{cycle.Id}/returns")).ReadProblemAsync(403);
    }

    [Fact]
    public async Task Every_read_of_an_assessment_is_in_the_access_log_for_the_coordinator_only()
    {
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{_police}";

        Assert.Equal(HttpStatusCode.OK, (await AuditorOf(_police).GetAsync(assessment)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AuditorOf(_health).GetAsync(assessment)).StatusCode);
        var log = await (await Coordinator.GetAsync($"/api/section11/access-log?recordId={_police}")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        var read = Assert.Single(log);
        Assert.Equal(("assessment", "test-agency-auditor", _police.ToString()), (read.Kind, read.Subject, read.Organisation));
        Assert.Equal(cycle.Id, read.Ids["cycleId"]);
        await (await AuditorOf(_police).GetAsync("/api/section11/access-log")).ReadProblemAsync(403);
        Assert.Empty(await (await service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/section11/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>());
    }

    [Fact]
    public async Task A_submitted_assessment_is_challenged_answered_and_moderated_down_to_a_weak_standard()
    {
        await using var weak = await BusProbe<Safeguarding.Contracts.Section11.WeakStandardIdentified>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var cycle = await InvitedCycleAsync();
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{_police}";
        foreach (var indicator in cycle.Framework.Indicators)
        {
            await AuditorOf(_police).PutJsonAsync($"{assessment}/indicators/{indicator.Number}", new { score = "3" });
        }

        await (await Coordinator.PostJsonAsync($"{assessment}/challenges", new { indicator = "5.2", question = "What is the training completion rate?" })).ReadProblemAsync(409);
        await AuditorOf(_police).PostJsonAsync($"{assessment}/submit", new { });
        var challenged = await (await Coordinator.PostJsonAsync($"{assessment}/challenges", new { indicator = "5.2", question = "What is the training completion rate?" })).ReadAsync<Assessment>();
        var challenge = Assert.Single(challenged.Challenges);
        await (await AuditorOf(_health).PostJsonAsync($"{assessment}/challenges/{challenge.ChallengeId}/answer", new { answer = "Not ours to answer." })).ReadProblemAsync(403);
        await AuditorOf(_police).PostJsonAsync($"{assessment}/challenges/{challenge.ChallengeId}/answer", new { answer = "61% of frontline staff are in date." });

        var moderated = await (await Coordinator.PostJsonAsync($"{assessment}/moderation", new { indicator = "5.2", score = "1", rationale = "Completion well below the 90% expected." })).ReadAsync<Assessment>();

        Assert.Equal("61% of frontline staff are in date.", Assert.Single(moderated.Challenges).Answer);
        Assert.Equal(("1", true), (Assert.Single(moderated.Moderated).Score, moderated.Moderated[0].Weak));
        Assert.Equal("3", moderated.Answers.Single(a => a.Indicator == "5.2").Score);
        var message = await weak.WaitForAsync(m => m.OrganisationId == _police, TimeSpan.FromSeconds(20));
        Assert.Equal((5, "Training"), (message.Message.Standard, message.Message.StandardTitle));
        await (await AuditorOf(_police).PostJsonAsync($"{assessment}/moderation", new { indicator = "5.2", score = "3", rationale = "Mine" })).ReadProblemAsync(403);
    }

    [Fact]
    public async Task A_school_completes_its_Section_175_return_with_head_teacher_and_governor_sign_off()
    {
        var school = Guid.NewGuid();
        await service.Host.Services.GetRequiredService<IBus>().Publish(new OrganisationRegistered(
            Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Actor.System, school, "Demo Primary", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Academy));
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
