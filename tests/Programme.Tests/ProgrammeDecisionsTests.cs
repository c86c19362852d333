using Safeguarding.Contracts;
using Safeguarding.Programme.Programmes;

namespace Safeguarding.Programme.Tests;

public class ProgrammeDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static AuditProgramme Draft2027() =>
        AuditProgramme.Create(new AuditProgrammeCreated(Guid.NewGuid(), 2027, Coordinator, Now));

    [Theory]
    [InlineData(null)]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_programme_year_must_be_plausible(int? year) =>
        Assert.Contains("year", ProgrammeDecisions.Validate(new CreateProgramme(year)).ToDictionary().Keys);

    [Fact]
    public void One_programme_a_year_per_partnership()
    {
        Assert.Equal(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("st-helens", 2027));
        Assert.NotEqual(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("st-helens", 2028));
        Assert.NotEqual(ProgrammeDecisions.IdFor("st-helens", 2027), ProgrammeDecisions.IdFor("knowsley", 2027));
    }

    [Fact]
    public void Scheduling_names_each_bad_field()
    {
        var errors = ProgrammeDecisions.Validate(Draft2027(), new ScheduleThematicAudit(5, "", [CaseCategory.EarlyHelp, CaseCategory.EarlyHelp]))
            .ToDictionary();

        Assert.Equal(["categories", "quarter", "theme"], errors.Keys.Order());
    }

    [Fact]
    public void The_same_theme_twice_in_a_quarter_is_refused()
    {
        var command = new ScheduleThematicAudit(2, "Neglect", [CaseCategory.ChildInNeed]);
        var programme = Draft2027();
        programme = programme.Apply(ProgrammeDecisions.Schedule(programme, command, Guid.NewGuid(), Coordinator, Now));

        var errors = ProgrammeDecisions.Validate(programme, command with { Theme = " neglect " }).ToDictionary();

        Assert.Equal(["theme"], errors.Keys);
        Assert.True(ProgrammeDecisions.Validate(programme, command with { Quarter = 3 }).IsValid);
    }

    [Fact]
    public void A_scheduled_audit_carries_the_programme_year_and_joins_the_programme()
    {
        var programme = Draft2027();
        var auditId = Guid.NewGuid();

        var scheduled = ProgrammeDecisions.Schedule(
            programme, new ScheduleThematicAudit(1, " Exploitation ", [CaseCategory.ChildProtection]), auditId, Coordinator, Now);
        var after = programme.Apply(scheduled);

        Assert.Equal(2027, scheduled.Year);
        Assert.Equal("Exploitation", scheduled.Theme);
        Assert.Equal(new ScheduledAudit(auditId, 1, "Exploitation", [CaseCategory.ChildProtection]).AuditId, Assert.Single(after.Audits).AuditId);
    }
}
