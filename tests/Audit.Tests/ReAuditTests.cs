using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

public class ReAuditTests
{
    private static MultiAgencyAudit ALaterAuditOn(string theme) => Scoping() with { Theme = theme, OpenedAt = Now.AddYears(1) };

    [Fact]
    public void A_re_audit_looks_back_on_an_earlier_closed_audit_of_the_same_theme()
    {
        var previous = At(AuditStage.Closed);
        var later = ALaterAuditOn(" child EXPLOITATION ");

        var marked = later.Then(AuditDecisions.MarkAsReAudit(later, new MarkAsReAudit(previous.Id), previous, Coordinator, Now));

        Assert.Equal(previous.Id, marked.ReAuditOf);
    }

    [Fact]
    public void Another_theme_an_open_audit_itself_or_nothing_cannot_be_re_audited()
    {
        var later = ALaterAuditOn("Neglect");

        Assert.IsType<Decision.Invalid>(AuditDecisions.MarkAsReAudit(later, new MarkAsReAudit(Guid.NewGuid()), At(AuditStage.Closed), Coordinator, Now));
        Assert.IsType<Decision.Invalid>(AuditDecisions.MarkAsReAudit(later, new MarkAsReAudit(Guid.NewGuid()), null, Coordinator, Now));
        Assert.IsType<Decision.Invalid>(AuditDecisions.MarkAsReAudit(later, new MarkAsReAudit(later.Id), later, Coordinator, Now));
        var open = At(AuditStage.MeetingHeld);
        Assert.IsType<Decision.Invalid>(AuditDecisions.MarkAsReAudit(ALaterAuditOn(open.Theme), new MarkAsReAudit(open.Id), open, Coordinator, Now));
    }

    [Fact]
    public void The_comparison_sets_grades_then_beside_grades_now()
    {
        var previous = At(AuditStage.Closed);
        var now = At(AuditStage.ReturnsClosed);
        now = now.Then(AuditDecisions.RecordMeeting(now, Meeting(now) with
        {
            CaseGrades = [.. now.Cases.Select((c, i) => new CaseGradeInput(c.CaseKey, i == 0 ? "requires-improvement" : "good", "Better follow-up."))],
        }, DirectoryCopy, NextId, Coordinator, Now));

        var comparison = AuditComparison.Of(previous, now);

        Assert.Equal([new GradeCount("requires-improvement", 4)], comparison.Then.Overall);
        Assert.Equal([new GradeCount("good", 3), new GradeCount("requires-improvement", 1)], comparison.Now.Overall);
        Assert.Equal((0.0, 0.75), (comparison.Then.ShareMeetingExpectation, comparison.Now.ShareMeetingExpectation));
    }
}
