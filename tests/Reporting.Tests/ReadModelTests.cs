using Safeguarding.Contracts;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Section11;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>Every read model row is the same whatever order its facts arrive in, fed what Learning and Section11 really send.</summary>
public class ReadModelTests
{
    private static readonly DateTimeOffset Start = new(2027, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_action_row_reads_the_same_in_any_order_and_the_newest_progress_wins()
    {
        var clock = new ProducerClock(Start);
        var owner = Guid.NewGuid();
        var learning = new LearningProducer("p", new HashSet<Guid> { owner }, clock);
        var action = learning.RecordAction("Train every team on neglect.", owner, new DateOnly(2027, 6, 30));
        learning.ReportProgress(action, ActionProgress.AtRisk).ReportProgress(action, ActionProgress.OnTrack);
        clock.MoveTo(new DateTimeOffset(2027, 7, 9, 9, 0, 0, TimeSpan.Zero));
        learning.CheckOverdue(action);
        var (created, atRisk, onTrack, overdue) = (
            learning.Sent.OfType<ActionCreated>().Single(), learning.Sent.OfType<ActionStatusChanged>().First(),
            learning.Sent.OfType<ActionStatusChanged>().Last(), learning.Sent.OfType<ActionOverdue>().Single());

        var inOrder = ActionProjection.Apply(overdue, ActionProjection.Apply(onTrack, ActionProjection.Apply(atRisk, ActionProjection.Apply(created, new ActionRow()))));
        var reversed = ActionProjection.Apply(created, ActionProjection.Apply(atRisk, ActionProjection.Apply(onTrack, ActionProjection.Apply(overdue, new ActionRow()))));

        Assert.Equal(inOrder, reversed);
        Assert.Equal((ActionStatus.Overdue, ActionProgress.OnTrack), (inOrder.Status, inOrder.Progress));
    }

    [Fact]
    public void A_moderation_heard_before_its_submission_keeps_its_place_beside_the_self_score()
    {
        var police = Guid.NewGuid();
        var section11 = new Section11Producer("p", new Dictionary<Guid, OrganisationKind> { [police] = OrganisationKind.StatutoryPartner },
                new ProducerClock(Start), 2027, new DateOnly(2027, 9, 30), "self-score-0-3")
            .Invite(police).Submit(police, "3").Moderate(police, "5.2", "1", "Training completion is low.");
        var (submitted, moderated) = (section11.Sent.OfType<AssessmentSubmitted>().Single(), section11.Sent.OfType<IndicatorModerated>().Single());

        var inOrder = AssessmentProjection.Apply(moderated, AssessmentProjection.Apply(submitted, new AssessmentRow()));
        var reversed = AssessmentProjection.Apply(submitted, AssessmentProjection.Apply(moderated, new AssessmentRow()));

        Assert.Equal(inOrder.Indicators.OrderBy(i => i.Indicator.Value), reversed.Indicators.OrderBy(i => i.Indicator.Value));
        var expected = new IndicatorResult(5, IndicatorNumber.From("5.2"), ScoreCode.From("3"), 1, ScoreCode.From("1"), 3, true);
        Assert.Equal(expected, reversed.Indicators.Single(i => i.Indicator == IndicatorNumber.From("5.2")));
    }

    [Fact]
    public void An_audit_s_return_requests_read_the_same_in_any_order_and_a_return_sent_again_counts_once()
    {
        var clock = new ProducerClock(Start);
        var programme = new ProgrammeProducer("p", clock);
        var police = programme.Register("Police", OrganisationKind.StatutoryPartner);
        programme.CreateProgramme(2027);
        var cases = new[] { ("SH-2027-001", CaseCategory.EarlyHelp), ("SH-2027-002", CaseCategory.EarlyHelp), ("SH-2027-003", CaseCategory.ChildInNeed), ("SH-2027-004", CaseCategory.ChildInNeed) };
        var audit = new AuditProducer(programme.AuditScheduled(programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.EarlyHelp)),
                new HashSet<Guid> { police }, clock)
            .OpenReturns(cases, _ => [police]).SubmitReturn(police, "SH-2027-001", "good").SubmitReturn(police, "SH-2027-001", "requires-improvement");
        var messages = audit.Sent.Where(m => m is Contracts.Audit.ReturnRequested or Contracts.Audit.ReturnSubmitted).ToList();

        var inOrder = messages.Aggregate(new ReturnRequestsRow(), Apply);
        var reversed = Enumerable.Reverse(messages).Aggregate(new ReturnRequestsRow(), Apply);

        Assert.All([inOrder, reversed], row => Assert.Equal((4, 1), (row.Agencies.Single().Cases, row.Agencies.Single().Submitted.Count)));
    }

    private static ReturnRequestsRow Apply(ReturnRequestsRow row, IIntegrationEvent message) => message switch
    {
        Contracts.Audit.ReturnRequested e => ReturnRequestsProjection.Apply(e, row),
        Contracts.Audit.ReturnSubmitted e => ReturnRequestsProjection.Apply(e, row),
        _ => row,
    };
}
