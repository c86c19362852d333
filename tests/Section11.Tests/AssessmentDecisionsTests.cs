using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Tests;

public class AssessmentDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Health = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();

    private static readonly Dictionary<Guid, OrganisationKind> Directory = new()
    {
        [Police] = OrganisationKind.StatutoryPartner,
        [Health] = OrganisationKind.RelevantAgency,
        [School] = OrganisationKind.School,
    };

    private static Section11Cycle Cycle() =>
        Section11Cycle.Create(CycleDecisions.Open("st-helens", new OpenSection11Cycle(2027, new DateOnly(2027, 3, 31)), Coordinator, Now));

    private static Section11Cycle Invited() => Cycle().Apply(Assert.IsType<OrganisationsInvited>(
        Assert.Single(Assert.IsType<Decision.Accepted>(CycleDecisions.Invite(Cycle(), new CycleDecisions.InviteOrganisations([Police, Health]), Directory, Coordinator, Now)).Events)));

    private static Assessment Started(Section11Cycle cycle, Guid organisation) =>
        Assessment.Create(new AssessmentStarted(Assessment.IdFor(cycle.Id, organisation), cycle.Id, organisation, Coordinator, Now));

    private static Assessment Then(Assessment assessment, Decision decision) =>
        Assert.IsType<Decision.Accepted>(decision).Events.Aggregate(assessment, (state, e) => (Assessment)((dynamic)state).Apply((dynamic)e));

    [Fact]
    public void A_Section_11_cycle_invites_known_agencies_once_and_no_schools()
    {
        var cycle = Invited();
        var stranger = Guid.NewGuid();

        var errors = Assert.IsType<Decision.Invalid>(CycleDecisions.Invite(cycle, new CycleDecisions.InviteOrganisations([Police, School, stranger]), Directory, Coordinator, Now))
            .Errors.ToDictionary();

        Assert.Equal(["organisationIds[0]", "organisationIds[1]", "organisationIds[2]"], errors.Keys.Order());
    }

    [Fact]
    public void Every_indicator_is_scored_on_the_cycle_scheme_before_submission()
    {
        var cycle = Invited();
        var assessment = Started(cycle, Police);

        Assert.Equal(["score"], Assert.IsType<Decision.Invalid>(AssessmentDecisions.Answer(assessment, cycle, "1.1", new AnswerIndicator("7", null), Coordinator, Now)).Errors.ToDictionary().Keys);
        Assert.Equal(["indicator"], Assert.IsType<Decision.Invalid>(AssessmentDecisions.Answer(assessment, cycle, "9.9", new AnswerIndicator("2", null), Coordinator, Now)).Errors.ToDictionary().Keys);
        assessment = Then(assessment, AssessmentDecisions.Answer(assessment, cycle, "1.1", new AnswerIndicator("2", "Board reports quarterly."), Coordinator, Now));
        Assert.IsType<Decision.Invalid>(AssessmentDecisions.Submit(assessment, cycle, Coordinator, Now));

        foreach (var indicator in cycle.Framework.Indicators)
        {
            assessment = Then(assessment, AssessmentDecisions.Answer(assessment, cycle, indicator.Number, new AnswerIndicator("3", null), Coordinator, Now));
        }

        assessment = Then(assessment, AssessmentDecisions.Submit(assessment, cycle, Coordinator, Now));
        Assert.Equal(AssessmentStatus.Submitted, assessment.Status);
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.Answer(assessment, cycle, "1.1", new AnswerIndicator("0", null), Coordinator, Now));
    }

    [Fact]
    public void Returns_are_tracked_as_not_started_in_progress_submitted_or_overdue()
    {
        var cycle = Invited();
        var police = Then(Started(cycle, Police), AssessmentDecisions.Answer(Started(cycle, Police), cycle, "1.1", new AnswerIndicator("2", null), Coordinator, Now));

        var before = ReturnTracking.For(cycle, [police, Started(cycle, Health)], new DateOnly(2027, 3, 1));
        var after = ReturnTracking.For(cycle, [police, Started(cycle, Health)], new DateOnly(2027, 4, 1));

        Assert.Equal([ReturnState.InProgress, ReturnState.NotStarted], before.Select(r => r.State));
        Assert.Equal([ReturnState.Overdue, ReturnState.Overdue], after.Select(r => r.State));
    }

    [Fact]
    public void Moderation_takes_a_score_on_the_scheme_with_a_rationale_and_marks_weak_standards()
    {
        var cycle = Invited();
        var assessment = cycle.Framework.Indicators.Aggregate(Started(cycle, Police),
            (a, i) => Then(a, AssessmentDecisions.Answer(a, cycle, i.Number, new AnswerIndicator("3", null), Coordinator, Now)));
        Assert.IsType<Decision.NotAllowed>(AssessmentDecisions.Moderate(assessment, cycle, new ModerateIndicator("1.1", "1", "Low"), Coordinator, Now));
        assessment = Then(assessment, AssessmentDecisions.Submit(assessment, cycle, Coordinator, Now));

        var invalid = Assert.IsType<Decision.Invalid>(AssessmentDecisions.Moderate(assessment, cycle, new ModerateIndicator("9.9", "7", ""), Coordinator, Now));
        var moderated = Assert.IsType<IndicatorModerated>(Assert.Single(Assert.IsType<Decision.Accepted>(
            AssessmentDecisions.Moderate(assessment, cycle, new ModerateIndicator("3.2", "1", "Escalation not known to staff."), Coordinator, Now)).Events));

        Assert.Equal(["indicator", "rationale", "score"], invalid.Errors.ToDictionary().Keys.Order());
        Assert.Equal((3, true), (moderated.Standard, moderated.Weak));
    }

    [Fact]
    public void A_school_return_is_submitted_only_once_the_head_teacher_and_governor_have_signed_off_its_final_content()
    {
        var opened = CycleDecisions.Open("st-helens", new OpenSection11Cycle(2027, new DateOnly(2027, 6, 30)), Coordinator, Now, SelfAssessmentKind.Section175);
        var cycle = Section11Cycle.Create(opened).Apply(new OrganisationsInvited(opened.CycleId, [School], Coordinator, Now));
        var assessment = cycle.Framework.Indicators.Aggregate(Started(cycle, School),
            (a, i) => Then(a, AssessmentDecisions.Answer(a, cycle, i.Number, new AnswerIndicator("yes", null), Coordinator, Now)));

        Assert.Equal(["signOffs"], Assert.IsType<Decision.Invalid>(AssessmentDecisions.Submit(assessment, cycle, Coordinator, Now)).Errors.ToDictionary().Keys);
        assessment = Then(assessment, AssessmentDecisions.SignOff(assessment, cycle, new SignOffAssessment("head-teacher", "Head"), Coordinator, Now));
        assessment = Then(assessment, AssessmentDecisions.SignOff(assessment, cycle, new SignOffAssessment("safeguarding-governor", "Governor"), Coordinator, Now));
        var changed = Then(assessment, AssessmentDecisions.Answer(assessment, cycle, "7.1", new AnswerIndicator("no", "Filtering under review."), Coordinator, Now));

        Assert.Empty(changed.SignOffs);
        Assert.IsType<Decision.Invalid>(AssessmentDecisions.Submit(changed, cycle, Coordinator, Now));
        Assert.IsType<Decision.Accepted>(AssessmentDecisions.Submit(assessment, cycle, Coordinator, Now));
        Assert.IsType<Decision.Invalid>(AssessmentDecisions.SignOff(Started(Invited(), Police), Invited(), new SignOffAssessment("head-teacher", "Head"), Coordinator, Now));
        Assert.NotEqual(CycleDecisions.IdFor("st-helens", 2027), opened.CycleId);
    }

    [Fact]
    public void Last_years_return_pre_fills_only_what_this_years_framework_and_scheme_still_know()
    {
        var lastYear = Section11Cycle.Create(CycleDecisions.Open("st-helens", new OpenSection11Cycle(2026, new DateOnly(2027, 3, 31), Scheme: "rag"), Coordinator, Now));
        var previous = Started(lastYear, Police) with { Year = 2026 };
        previous = Then(previous, AssessmentDecisions.Answer(previous, lastYear, "1.1", new AnswerIndicator("green", "Board reports."), Coordinator, Now));
        previous = Then(previous, AssessmentDecisions.Answer(previous, lastYear, "1.2", new AnswerIndicator("red", null), Coordinator, Now)) with { Status = AssessmentStatus.Submitted };
        var thisYear = Invited();

        var returned = new PartnershipReturn("st-helens", previous, lastYear);
        var fresh = AssessmentDecisions.Open(thisYear, "st-helens", Police, new OrganisationReturns([returned with { Assessment = previous with { Status = AssessmentStatus.InProgress } }], []), Coordinator, Now);
        var events = AssessmentDecisions.Open(thisYear, "st-helens", Police, new OrganisationReturns([returned], []), Coordinator, Now);
        var elsewhere = AssessmentDecisions.Open(thisYear, "knowsley", Police, new OrganisationReturns([returned], []), Coordinator, Now);
        var sameScheme = AssessmentDecisions.Open(
            Section11Cycle.Create(CycleDecisions.Open("st-helens", new OpenSection11Cycle(2027, new DateOnly(2027, 3, 31), Scheme: "rag"), Coordinator, Now)), "st-helens", Police, new OrganisationReturns([returned], []), Coordinator, Now);

        Assert.IsType<AssessmentStarted>(Assert.Single(fresh));
        Assert.IsType<AssessmentStarted>(Assert.Single(elsewhere));
        var prefilled = Assert.IsType<AssessmentPrefilled>(events[1]);
        Assert.Empty(prefilled.Answers);
        Assert.Equal(["1.1", "1.2"], prefilled.LastYear.Select(l => l.Indicator).Order());
        Assert.Equal(2, Assert.IsType<AssessmentPrefilled>(sameScheme[1]).Answers.Count);
    }
}
