using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Messaging;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Tests;

/// <summary>From submission to a closed cycle: feedback, the action plan and its follow-up.</summary>
public class ActionPlanDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2027, 4, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Health = Guid.NewGuid();

    private static readonly Section11Cycle Cycle = Section11Cycle.Create(CycleDecisions.Open("st-helens", new OpenSection11Cycle(2027, new DateOnly(2027, 3, 31)), Coordinator, Now))
        .Apply(new OrganisationsInvited(CycleDecisions.IdFor("st-helens", 2027), [Police, Health], Coordinator, Now));

    private static Assessment Then(Assessment assessment, Decision decision) =>
        Assert.IsType<Decision.Accepted>(decision).Events.Aggregate(assessment, (state, e) => (Assessment)((dynamic)state).Apply((dynamic)e));

    private static Assessment Submitted(Guid organisation)
    {
        var started = Assessment.Create(AssessmentDecisions.Start(Cycle, organisation, Coordinator, Now));
        var answered = Cycle.Framework.Indicators.Aggregate(started, (a, i) => Then(a, AssessmentDecisions.Answer(a, Cycle, i.Number, new AnswerIndicator("3", null), Coordinator, Now)));
        return Then(answered, AssessmentDecisions.Submit(answered, Cycle, Coordinator, Now));
    }

    private static ProposeAction Action(string? indicator) => new(indicator, "Refresh training records.", "Head of safeguarding", new DateOnly(2027, 9, 30));

    [Fact]
    public void Feedback_waits_for_the_answer_to_every_challenge_and_ends_scrutiny()
    {
        var challenged = Then(Submitted(Police), AssessmentDecisions.RaiseChallenge(Submitted(Police), Cycle, new RaiseChallenge("5.2", "Completion rate?"), Guid.NewGuid(), Coordinator, Now));

        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.IssueFeedback(challenged, new IssueFeedback("Good."), Coordinator, Now));
        var answered = Then(challenged, AssessmentDecisions.AnswerChallenge(challenged, challenged.Challenges[0].ChallengeId, new AnswerChallenge("61%."), Coordinator, Now));
        Assert.Equal(["summary"], Assert.IsType<Decision.Invalid>(AssessmentDecisions.IssueFeedback(answered, new IssueFeedback(" "), Coordinator, Now)).Errors.ToDictionary().Keys);
        var withFeedback = Then(answered, AssessmentDecisions.IssueFeedback(answered, new IssueFeedback("Training is the area to improve."), Coordinator, Now));

        Assert.Equal(AssessmentStatus.FeedbackIssued, withFeedback.Status);
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.Moderate(withFeedback, Cycle, new ModerateIndicator("5.2", "1", "Late"), Coordinator, Now));
    }

    [Fact]
    public void The_partnership_proposes_actions_only_after_submission_and_each_side_withdraws_only_its_own()
    {
        var started = Assessment.Create(AssessmentDecisions.Start(Cycle, Police, Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.ProposeAction(started, Cycle, Action(null), ActionProposer.Partnership, Guid.NewGuid(), Coordinator, Now));
        var own = Then(started, AssessmentDecisions.ProposeAction(started, Cycle, Action("5.1"), ActionProposer.Organisation, Guid.NewGuid(), Coordinator, Now));

        var invalid = Assert.IsType<Decision.Invalid>(AssessmentDecisions.ProposeAction(
            own, Cycle, new ProposeAction("9.9", "", null, new DateOnly(2020, 1, 1)), ActionProposer.Organisation, Guid.NewGuid(), Coordinator, Now));

        Assert.Equal(["dueDate", "indicator", "owner", "what"], invalid.Errors.ToDictionary().Keys.Order());
        Assert.IsType<Decision.Forbidden>(AssessmentDecisions.WithdrawAction(own, own.Actions[0].ActionId, ActionProposer.Partnership, Coordinator, Now));
        Assert.Empty(Then(own, AssessmentDecisions.WithdrawAction(own, own.Actions[0].ActionId, ActionProposer.Organisation, Coordinator, Now)).Actions);
    }

    [Fact]
    public void A_plan_is_agreed_only_when_every_weak_indicator_has_an_action_and_each_action_is_raised_for_the_register()
    {
        var submitted = Submitted(Police);
        var moderated = Then(submitted, AssessmentDecisions.Moderate(submitted, Cycle, new ModerateIndicator("5.2", "1", "Completion well below 90%."), Coordinator, Now));
        var withFeedback = Then(moderated, AssessmentDecisions.IssueFeedback(moderated, new IssueFeedback("Training."), Coordinator, Now));

        Assert.Contains("5.2", Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.AgreeActionPlan(withFeedback, Coordinator, Now)).Reason);
        var planned = Then(withFeedback, AssessmentDecisions.ProposeAction(withFeedback, Cycle, Action("5.2"), ActionProposer.Partnership, Guid.NewGuid(), Coordinator, Now));
        var agreed = Assert.IsType<ActionPlanAgreed>(Assert.Single(Assert.IsType<Decision.Accepted>(AssessmentDecisions.AgreeActionPlan(planned, Coordinator, Now)).Events));
        var messages = Section11IntegrationEvents.Map(new Event<ActionPlanAgreed>(agreed) { Id = Guid.NewGuid(), TenantId = "st-helens" });

        var raised = Assert.IsType<Integration.ActionRaised>(Assert.Single(messages));
        Assert.Equal((Police, "5.2", 2027), (raised.OrganisationId, raised.Indicator?.Value, raised.Year));
        Assert.NotEqual(agreed.Actions[0].ActionId, raised.EventId);
    }

    [Fact]
    public void Follow_up_records_progress_on_agreed_actions_only()
    {
        var withFeedback = Then(Submitted(Police), AssessmentDecisions.IssueFeedback(Submitted(Police), new IssueFeedback("Good."), Coordinator, Now));
        var planned = Then(withFeedback, AssessmentDecisions.ProposeAction(withFeedback, Cycle, Action(null), ActionProposer.Organisation, Guid.NewGuid(), Coordinator, Now));
        var actionId = planned.Actions[0].ActionId;
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.FollowUp(planned, actionId, new FollowUpAction(FollowUpProgress.OnTrack, "Started."), Coordinator, Now));
        var agreed = Then(planned, AssessmentDecisions.AgreeActionPlan(planned, Coordinator, Now));

        var followed = Then(agreed, AssessmentDecisions.FollowUp(agreed, actionId, new FollowUpAction(FollowUpProgress.Completed, "All staff trained."), Coordinator, Now));

        Assert.Equal(FollowUpProgress.Completed, followed.Actions[0].Progress);
        Assert.Equal(["actionId", "note", "progress"], Assert.IsType<Decision.Invalid>(AssessmentDecisions.FollowUp(agreed, Guid.NewGuid(), new FollowUpAction(null, ""), Coordinator, Now)).Errors.ToDictionary().Keys.Order());
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.ProposeAction(agreed, Cycle, Action(null), ActionProposer.Organisation, Guid.NewGuid(), Coordinator, Now));
    }

    [Fact]
    public void A_cycle_closes_once_every_return_has_an_agreed_plan_naming_those_that_never_returned()
    {
        var withFeedback = Then(Submitted(Police), AssessmentDecisions.IssueFeedback(Submitted(Police), new IssueFeedback("Good."), Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(CycleClosing.Close(Cycle, [withFeedback], Coordinator, Now));
        var agreed = Then(withFeedback, AssessmentDecisions.AgreeActionPlan(withFeedback, Coordinator, Now));
        var started = Assessment.Create(AssessmentDecisions.Start(Cycle, Health, Coordinator, Now));

        var closed = Assert.IsType<CycleClosed>(Assert.Single(Assert.IsType<Decision.Accepted>(CycleClosing.Close(Cycle, [agreed, started], Coordinator, Now)).Events));
        var closedCycle = Cycle.Apply(closed);

        Assert.Equal([Police], closed.Returned);
        Assert.Equal([Health], closed.NotReturned);
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.InOpenCycle(closedCycle, () => Decision.Accept()));
        Assert.IsType<Decision.NotAllowed>(CycleClosing.Close(closedCycle, [agreed], Coordinator, Now));
    }
}
