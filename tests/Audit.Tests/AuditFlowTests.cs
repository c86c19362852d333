using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Testing;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

/// <summary>The audit says which steps it allows next and why not the others, by the same rules its decisions refuse by.</summary>
public class AuditFlowTests
{
    private static IReadOnlyList<string> Allowed(MultiAgencyAudit audit) => [.. AuditFlow.Availability(audit).Where(s => s.Allowed).Select(s => s.Step)];

    [Fact]
    public void A_new_audit_allows_its_terms_and_cancellation_and_says_why_it_cannot_close()
    {
        var steps = AuditFlow.Availability(Scoping());

        Assert.Equal(["terms-of-reference", "cancel"], Allowed(Scoping()));
        Assert.Equal("An audit can close only at PresentedToBoard; this one is at Scoping.", steps.Single(s => s.Step == "close").Reason);
    }

    [Fact]
    public void Every_step_the_view_allows_is_one_the_decisions_accept_and_every_refusal_is_the_views_reason()
    {
        var audit = At(AuditStage.ReturnsClosed);
        var meeting = AuditDecisions.RecordMeeting(audit, Meeting(audit), DirectoryCopy, NextId, Coordinator, Now);
        var board = AuditDecisions.PresentToBoard(audit, new PresentToBoard(Today), Coordinator, Now);

        Assert.Equal(["meeting", "concerns", "cancel"], Allowed(audit));
        Assert.IsType<Safeguarding.EventSourcing.EventStore.Decision.Accepted>(meeting);
        Assert.Equal(
            AuditFlow.Availability(audit).Single(s => s.Step == "board").Reason,
            Assert.IsType<Safeguarding.EventSourcing.EventStore.Decision.NotAllowed>(board).Reason);
    }

    [Fact]
    public void An_audit_before_the_Board_cannot_close_while_a_concern_waits_for_its_agency()
    {
        var presented = At(AuditStage.PresentedToBoard);
        var withConcern = presented.Then(AuditDecisions.RaiseConcern(
            presented, new RaiseConcern(presented.Cases[0].CaseKey, Police, "A child at risk."), DirectoryCopy, NextId, Coordinator, Now));

        Assert.Contains("close", Allowed(presented));
        Assert.StartsWith("1 immediate concern(s) have not been acknowledged", AuditFlow.Availability(withConcern).Single(s => s.Step == "close").Reason);
    }

    [Fact]
    public void Every_event_of_an_audit_has_a_public_name_in_its_history_and_no_two_share_one()
    {
        Assert.Empty(HistoryNames.Unnamed(AuditHistory.Vocabulary));
        Assert.Equal(AuditHistory.Vocabulary.Names.Count(), AuditHistory.Vocabulary.Names.Distinct().Count());
    }
}
