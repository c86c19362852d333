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

/// <summary>Pan Mersey: an organisation serving several partnerships submits once; each partnership scrutinises on its own.</summary>
[Collection(nameof(Section11ServiceCollection))]
public class SharedSubmissionsTests(Section11Service service)
{
    private static readonly Actor Coordinator = new("coordinator", null);
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly ProgrammeProducer _registeredBy = ProgrammeProducer.WithDirectory(TestTokens.NewPartnership(), ("Merseyside Police", OrganisationKind.StatutoryPartner));

    private Guid Police => _registeredBy.Directory.Keys.Single();
    private readonly int _year = DateTime.UtcNow.Year + 1;

    private static PartnershipReturn Return(string partnership, string scheme, AssessmentStatus status, string? sharedFrom = null)
    {
        var cycle = Section11Cycle.Create(CycleDecisions.Open(partnership, new OpenSection11Cycle(2027, new DateOnly(2027, 3, 31), Scheme: scheme), Coordinator, Now));
        var assessment = Assessment.Create(AssessmentDecisions.Start(cycle, Guid.Empty, Coordinator, Now)) with { Status = status, SharedFrom = sharedFrom };
        return new PartnershipReturn(partnership, assessment, cycle);
    }

    [Fact]
    public void A_submission_is_shared_only_into_an_unsubmitted_return_of_a_cycle_on_the_same_framework_and_scheme()
    {
        var submitted = Return("st-helens", "self-score-0-3", AssessmentStatus.Submitted);

        Assert.NotNull(SharedSubmissions.Share(submitted, Return("knowsley", "self-score-0-3", AssessmentStatus.InProgress), Coordinator, Now));
        Assert.Null(SharedSubmissions.Share(submitted, Return("knowsley", "rag", AssessmentStatus.InProgress), Coordinator, Now));
        Assert.Null(SharedSubmissions.Share(submitted, Return("knowsley", "self-score-0-3", AssessmentStatus.Submitted), Coordinator, Now));
        Assert.Null(SharedSubmissions.Share(Return("st-helens", "self-score-0-3", AssessmentStatus.Submitted, sharedFrom: "wirral"), Return("knowsley", "self-score-0-3", AssessmentStatus.InProgress), Coordinator, Now));
        Assert.Null(SharedSubmissions.Share(Return("st-helens", "self-score-0-3", AssessmentStatus.InProgress), Return("knowsley", "self-score-0-3", AssessmentStatus.InProgress), Coordinator, Now));
    }

    [Fact]
    public void A_submission_reaches_only_the_partnerships_the_organisation_agreed_to_share_with_where_it_submitted()
    {
        var submitted = Return("st-helens", "self-score-0-3", AssessmentStatus.Submitted);
        PartnershipReturn knowsley = Return("knowsley", "self-score-0-3", AssessmentStatus.InProgress), wirral = Return("wirral", "self-score-0-3", AssessmentStatus.InProgress);
        SharingAgreement AgreedIn(string partnership, string with) =>
            SharingAgreement.Create(new SharingAgreed(Guid.NewGuid(), Guid.Empty, with, Coordinator, Now)) with { TenantId = partnership };

        // The agreement made in Knowsley speaks for what the organisation submits in Knowsley, not in St Helens.
        var returns = new OrganisationReturns([submitted, knowsley, wirral], [AgreedIn("st-helens", "knowsley"), AgreedIn("knowsley", "wirral")]);

        Assert.Equal(["knowsley"], returns.SharesOf([submitted], [knowsley, wirral], Coordinator, Now).Select(s => s.Partnership));
        Assert.Empty(OrganisationReturns.None.SharesOf([submitted], [knowsley, wirral], Coordinator, Now));
    }

    private HttpClient CoordinatorOf(string partnership) => service.Host.ClientFor(partnership, Roles.Coordinator);

    private HttpClient PoliceIn(string partnership) => service.Host.ClientFor(partnership, Roles.AgencyAuditor, Police.ToString());

    private async Task<Section11Cycle> InvitingThePoliceAsync(string partnership)
    {
        var joining = new ProgrammeProducer(partnership, new ProducerClock(DateTimeOffset.UtcNow));
        joining.Join(_registeredBy, Police);
        await service.Host.PublishAsync(joining.Sent);
        var cycle = await (await CoordinatorOf(partnership).PostJsonAsync("/api/section11/cycles", new { year = _year, deadline = $"{_year}-03-31" })).ReadAsync<Section11Cycle>();
        await Eventually.Get(
            () => CoordinatorOf(partnership).PostJsonAsync($"/api/section11/cycles/{cycle.Id}/invitations", new { organisationIds = new[] { Police } }),
            r => r.StatusCode == HttpStatusCode.OK);
        return cycle;
    }

    [Fact]
    public async Task One_submission_is_read_and_moderated_by_two_partnerships_each_seeing_only_its_own_moderation()
    {
        string stHelens = TestTokens.NewPartnership(), knowsley = TestTokens.NewPartnership(), halton = TestTokens.NewPartnership();
        var stHelensCycle = await InvitingThePoliceAsync(stHelens);
        var knowsleyCycle = await InvitingThePoliceAsync(knowsley);
        var inStHelens = $"/api/section11/cycles/{stHelensCycle.Id}/assessments/{Police}";
        var inKnowsley = $"/api/section11/cycles/{knowsleyCycle.Id}/assessments/{Police}";
        foreach (var indicator in stHelensCycle.Framework.Indicators)
        {
            await PoliceIn(stHelens).PutJsonAsync($"{inStHelens}/indicators/{indicator.Number}", new { score = "3", narrative = "Force-wide policy." });
        }

        await AgreeToShareAsync(stHelens, knowsley);
        (await PoliceIn(stHelens).PostJsonAsync($"{inStHelens}/submit", new { })).EnsureSuccessStatusCode();

        var received = await (await CoordinatorOf(knowsley).GetAsync(inKnowsley)).ReadAsync<Assessment>();
        Assert.Equal((AssessmentStatus.Submitted, stHelens), (received.Status, received.SharedFrom));
        Assert.Equal(stHelensCycle.Framework.Indicators.Count(), received.Answers.Count(a => a.Score == "3"));
        await (await PoliceIn(knowsley).PutJsonAsync($"{inKnowsley}/indicators/1.1", new { score = "0" })).ReadProblemAsync(409);

        (await CoordinatorOf(stHelens).PostJsonAsync($"{inStHelens}/moderation", new { indicator = "5.2", score = "2", rationale = "St Helens view." })).EnsureSuccessStatusCode();
        var challenged = await (await CoordinatorOf(knowsley).PostJsonAsync($"{inKnowsley}/challenges", new { indicator = "7.1", question = "Which Knowsley meetings do you attend?" })).ReadAsync<Assessment>();
        (await PoliceIn(knowsley).PostJsonAsync($"{inKnowsley}/challenges/{challenged.Challenges[0].ChallengeId}/answer", new { answer = "All of them." })).EnsureSuccessStatusCode();
        (await CoordinatorOf(knowsley).PostJsonAsync($"{inKnowsley}/moderation", new { indicator = "5.2", score = "1", rationale = "Knowsley view." })).EnsureSuccessStatusCode();

        var seenByStHelens = await (await CoordinatorOf(stHelens).GetAsync(inStHelens)).ReadAsync<Assessment>();
        var seenByKnowsley = await (await CoordinatorOf(knowsley).GetAsync(inKnowsley)).ReadAsync<Assessment>();
        Assert.Equal(("2", "St Helens view."), (Assert.Single(seenByStHelens.Moderated).Score, seenByStHelens.Moderated[0].Rationale));
        Assert.Equal(("1", "Knowsley view."), (Assert.Single(seenByKnowsley.Moderated).Score, seenByKnowsley.Moderated[0].Rationale));
        Assert.Empty(seenByStHelens.Challenges);
        Assert.Single(seenByKnowsley.Challenges);
        Assert.Equal(HttpStatusCode.NotFound, (await CoordinatorOf(knowsley).GetAsync(inStHelens)).StatusCode);

        // A partnership that invites the force after it submitted waits for the force to agree, then receives the same submission.
        var haltonCycle = await InvitingThePoliceAsync(halton);
        var inHalton = $"/api/section11/cycles/{haltonCycle.Id}/assessments/{Police}";
        Assert.Equal(AssessmentStatus.InProgress, (await (await CoordinatorOf(halton).GetAsync(inHalton)).ReadAsync<Assessment>()).Status);
        Assert.Equal([halton], (await (await PoliceIn(stHelens).GetAsync(Sharing)).ReadAsync<SharingView>()).AskedBy);
        await AgreeToShareAsync(stHelens, halton);
        var late = await (await CoordinatorOf(halton).GetAsync(inHalton)).ReadAsync<Assessment>();
        Assert.Equal((AssessmentStatus.Submitted, stHelens), (late.Status, late.SharedFrom));
        Assert.Empty(late.Moderated);
    }

    private string Sharing => $"/api/section11/organisations/{Police}/sharing";

    private async Task AgreeToShareAsync(string partnership, string with) =>
        (await PoliceIn(partnership).PostJsonAsync(Sharing, new { partnershipId = with })).EnsureSuccessStatusCode();

    [Fact]
    public async Task A_partnership_the_organisation_did_not_agree_to_share_with_receives_nothing_of_its_submission()
    {
        string stHelens = TestTokens.NewPartnership(), knowsley = TestTokens.NewPartnership(), intruder = TestTokens.NewPartnership();
        var stHelensCycle = await InvitingThePoliceAsync(stHelens);
        await InvitingThePoliceAsync(knowsley);
        var intruderCycle = await InvitingThePoliceAsync(intruder);

        // Only the force itself agrees, and only to a real partnership other than its own.
        await (await CoordinatorOf(stHelens).PostJsonAsync(Sharing, new { partnershipId = intruder })).ReadProblemAsync(403);
        var otherAgency = service.Host.ClientFor(stHelens, Roles.AgencyAuditor, Guid.NewGuid().ToString());
        await (await otherAgency.PostJsonAsync(Sharing, new { partnershipId = intruder })).ReadProblemAsync(403);
        foreach (var name in new[] { "all", stHelens, "Not A Slug", new string('a', 65) })
        {
            Assert.Equal(["partnershipId"], (await (await PoliceIn(stHelens).PostJsonAsync(Sharing, new { partnershipId = name })).ReadProblemAsync(400)).Errors.Keys);
        }

        await AgreeToShareAsync(stHelens, knowsley);
        var inStHelens = $"/api/section11/cycles/{stHelensCycle.Id}/assessments/{Police}";
        foreach (var indicator in stHelensCycle.Framework.Indicators)
        {
            await PoliceIn(stHelens).PutJsonAsync($"{inStHelens}/indicators/{indicator.Number}", new { score = "2", narrative = "Force-wide policy." });
        }

        (await PoliceIn(stHelens).PostJsonAsync($"{inStHelens}/submit", new { })).EnsureSuccessStatusCode();

        var seenByIntruder = await (await CoordinatorOf(intruder).GetAsync($"/api/section11/cycles/{intruderCycle.Id}/assessments/{Police}")).ReadAsync<Assessment>();
        Assert.Equal((AssessmentStatus.InProgress, null, 0), (seenByIntruder.Status, seenByIntruder.SharedFrom, seenByIntruder.Answers.Count));
        var sharing = await (await PoliceIn(stHelens).GetAsync(Sharing)).ReadAsync<SharingView>();
        Assert.Equal([knowsley], sharing.SharedWith);
        Assert.Equal([intruder], sharing.AskedBy);

        // Withdrawing stops sharing from then on; a second withdrawal has nothing to stop.
        (await PoliceIn(stHelens).DeleteAsync($"{Sharing}/{knowsley}")).EnsureSuccessStatusCode();
        await (await PoliceIn(stHelens).DeleteAsync($"{Sharing}/{knowsley}")).ReadProblemAsync(409);
        Assert.Empty((await (await CoordinatorOf(stHelens).GetAsync(Sharing)).ReadAsync<SharingView>()).SharedWith);
    }
}
