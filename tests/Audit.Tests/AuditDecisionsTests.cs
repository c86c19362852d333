using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;

namespace Safeguarding.Audit.Tests;

public class AuditDecisionsTests
{
    private static readonly AuditScheduled Scheduled = new(
        Guid.NewGuid(), "st-helens", new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), new Actor("coordinator-1", null),
        Guid.NewGuid(), Guid.NewGuid(), 2027, 2, Theme.From("Neglect"), [CaseCategory.EarlyHelp, CaseCategory.ChildInNeed]);

    [Fact]
    public void A_scheduled_audit_opens_under_the_programme_id_with_who_scheduled_it()
    {
        var opened = AuditDecisions.Open(Scheduled);

        Assert.Equal(Scheduled.AuditId, opened.AuditId);
        Assert.Equal(Scheduled.ProgrammeId, opened.ProgrammeId);
        Assert.Equal(Scheduled.Actor, opened.By);
        Assert.Equal(Scheduled.OccurredAt, opened.At);
        Assert.Equal([CaseCategory.EarlyHelp, CaseCategory.ChildInNeed], opened.Categories);
    }

    [Fact]
    public void An_opened_audit_is_in_scoping()
    {
        var audit = MultiAgencyAudit.Create(AuditDecisions.Open(Scheduled));

        Assert.Equal(AuditStage.Scoping, audit.Stage);
        Assert.Equal("Neglect", audit.Theme);
        Assert.Equal(2, audit.Quarter);
    }
}
