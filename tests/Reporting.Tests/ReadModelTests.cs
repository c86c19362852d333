using Safeguarding.Contracts;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Section11;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Tests;

/// <summary>Every read model row is the same whatever order its facts arrive in.</summary>
public class ReadModelTests
{
    private static readonly Actor Someone = new("someone", null);
    private static readonly DateTimeOffset At = new(2027, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_action_row_reads_the_same_in_any_order_and_the_newest_progress_wins()
    {
        var (id, owner) = (Guid.NewGuid(), Guid.NewGuid());
        var created = new ActionCreated(Guid.NewGuid(), "p", At, Someone, id, "Train", ActionSourceKind.Audit, null, owner, new DateOnly(2027, 6, 30));
        var onTrack = new ActionStatusChanged(Guid.NewGuid(), "p", At.AddDays(2), Someone, id, owner, ActionProgress.OnTrack);
        var atRiskEarlier = new ActionStatusChanged(Guid.NewGuid(), "p", At.AddDays(1), Someone, id, owner, ActionProgress.AtRisk);
        var overdue = new ActionOverdue(Guid.NewGuid(), "p", At.AddDays(70), Someone, id, owner, new DateOnly(2027, 6, 30));

        var inOrder = ActionProjection.Apply(overdue, ActionProjection.Apply(onTrack, ActionProjection.Apply(atRiskEarlier, ActionProjection.Apply(created, new ActionRow()))));
        var reversed = ActionProjection.Apply(created, ActionProjection.Apply(atRiskEarlier, ActionProjection.Apply(onTrack, ActionProjection.Apply(overdue, new ActionRow()))));

        Assert.Equal(inOrder, reversed);
        Assert.Equal((ActionStatus.Overdue, ActionProgress.OnTrack), (inOrder.Status, inOrder.Progress));
    }

    [Fact]
    public void A_moderation_heard_before_its_submission_keeps_its_place_beside_the_self_score()
    {
        var (assessment, cycle, organisation) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var submitted = new AssessmentSubmitted(Guid.NewGuid(), "p", At, Someone, assessment, cycle, organisation, SelfAssessmentKind.Section11, 2027,
            [new IndicatorScore(5, IndicatorNumber.From("5.2"), ScoreCode.From("3"), 1), new IndicatorScore(1, IndicatorNumber.From("1.1"), ScoreCode.From("2"), 2)]);
        var moderated = new IndicatorModerated(Guid.NewGuid(), "p", At.AddDays(1), Someone, assessment, cycle, organisation, 5, IndicatorNumber.From("5.2"), SchemeKey.From("self-score-0-3"), ScoreCode.From("1"),
            SelfAssessmentKind.Section11, 2027, 3, true);

        var inOrder = AssessmentProjection.Apply(moderated, AssessmentProjection.Apply(submitted, new AssessmentRow()));
        var reversed = AssessmentProjection.Apply(submitted, AssessmentProjection.Apply(moderated, new AssessmentRow()));

        Assert.Equal(inOrder.Indicators.OrderBy(i => i.Indicator.Value), reversed.Indicators.OrderBy(i => i.Indicator.Value));
        var expected = new IndicatorResult(5, IndicatorNumber.From("5.2"), ScoreCode.From("3"), 1, ScoreCode.From("1"), 3, true);
        Assert.Equal(expected, reversed.Indicators.Single(i => i.Indicator == IndicatorNumber.From("5.2")));
    }
}
