using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;

namespace Safeguarding.Programme.Tests;

public class PriorityDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly RecordPriority FromAReview = new(
        PriorityRoute.PracticeReview, "Neglect", "The 2026 practice learning review found drift in neglect cases.",
        new PrioritySourceInput(PrioritySourceKind.Other, "PLR-2026-03", "Child D review"), null);

    private static Priority Candidate() => Priority.Create(new PriorityProposed(Guid.NewGuid(), PriorityDecisions.Details(FromAReview), Coordinator, Now));

    [Fact]
    public void A_priority_says_its_route_theme_and_rationale() =>
        Assert.Equal(["rationale", "route", "theme"], PriorityDecisions.Validate(new RecordPriority(null, " ", null, null, null)).ToDictionary().Keys.Order());

    [Fact]
    public void A_baseline_priority_names_its_case_category()
    {
        Assert.Equal(["category"], PriorityDecisions.Validate(FromAReview with { Route = PriorityRoute.CategoryBaseline }).ToDictionary().Keys);
        Assert.True(PriorityDecisions.Validate(FromAReview with { Route = PriorityRoute.CategoryBaseline, Category = CaseCategory.ChildInNeed }).IsValid);
    }

    [Fact]
    public void A_source_link_needs_its_kind() =>
        Assert.Equal(["source.kind"], PriorityDecisions.Validate(FromAReview with { Source = new PrioritySourceInput(null, "x", null) }).ToDictionary().Keys);

    [Fact]
    public void A_candidate_is_accepted_or_dismissed_with_a_reason_once()
    {
        var accepted = Candidate().Apply(Assert.IsType<PriorityAccepted>(Assert.Single(Assert.IsType<Decision.Accepted>(PriorityDecisions.Accept(Candidate(), Coordinator, Now)).Events)));

        Assert.Equal(PriorityStatus.Accepted, accepted.Status);
        Assert.IsType<Decision.NotAllowed>(PriorityDecisions.Accept(accepted, Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(PriorityDecisions.Dismiss(accepted, new DismissPriority("No"), Coordinator, Now));
        Assert.IsType<Decision.Invalid>(PriorityDecisions.Dismiss(Candidate(), new DismissPriority(""), Coordinator, Now));
        Assert.IsType<Decision.Accepted>(PriorityDecisions.Dismiss(Candidate(), new DismissPriority("Covered by the neglect audit."), Coordinator, Now));
    }
}
