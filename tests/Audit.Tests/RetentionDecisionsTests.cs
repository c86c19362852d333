using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Retention;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.Audit.Tests.AuditFixtures;
using CaseErasureRequested = Safeguarding.Audit.Erasure.CaseErasureRequested;

namespace Safeguarding.Audit.Tests;

public class RetentionDecisionsTests
{
    private static readonly Guid ScheduleId = Guid.NewGuid();

    [Fact]
    public void Every_kind_of_record_has_a_period_and_one_the_partnership_sets_replaces_its_default()
    {
        var schedule = RetentionSchedule.Create(Accepted<RetentionPeriodsSet>(RetentionDecisions.Set(ScheduleId,
            new SetRetentionPeriods([new(RecordKind.AuditCaseMaterial, 3)]), Coordinator, Now)));

        Assert.All(RetentionSchedule.Read(null), k => Assert.True(k.IsDefault));
        Assert.Equal(Enum.GetValues<RecordKind>(), RetentionSchedule.Read(schedule).Select(k => k.Kind));
        Assert.Equal(new KeptFor(RecordKind.AuditCaseMaterial, 3, false, 6), RetentionSchedule.Read(schedule).Single(k => k.Kind == RecordKind.AuditCaseMaterial));
        Assert.Equal((6, 35, 2), (RetentionSchedule.YearsFor(null, RecordKind.AuditCaseMaterial), RetentionSchedule.YearsFor(null, RecordKind.Reviews), RetentionSchedule.YearsFor(schedule, RecordKind.AccessLogs)));
    }

    [Fact]
    public void A_period_outside_1_to_100_years_or_a_kind_given_twice_is_refused_by_field()
    {
        var decision = RetentionDecisions.Set(ScheduleId, new SetRetentionPeriods([new(RecordKind.Returns, 0), new(RecordKind.Returns, 101)]), Coordinator, Now);

        Assert.Equal(["periods[0].years", "periods[1].kind", "periods[1].years"], Assert.IsType<Decision.Invalid>(decision).Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_ended_audit_s_cases_are_due_the_day_after_their_period_and_not_once_erased()
    {
        var cancelled = Cancelled();
        var ended = DateOnly.FromDateTime(Now.UtcDateTime);
        var lastKept = ended.AddYears(6);

        Assert.Empty(RetentionDecisions.Due([cancelled, ReturnsOpen()], null, new HashSet<string>(), lastKept));
        var due = RetentionDecisions.Due([cancelled, ReturnsOpen()], null, new HashSet<string>(), lastKept.AddDays(1));
        Assert.Equal(cancelled.Cases.Select(c => c.CaseKey).Order(StringComparer.Ordinal), due.Select(d => d.CaseKey));
        Assert.All(due, d => Assert.Equal((cancelled.Id, ended, lastKept), (d.AuditId, d.EndedOn, d.KeptUntil)));

        var erased = cancelled with { Cases = [.. cancelled.Cases.Select((c, i) => i == 0 ? c with { CaseKey = "ER-0001-0002" } : c)] };
        Assert.Equal(3, RetentionDecisions.Due([erased], null, new HashSet<string> { "ER-0001-0002" }, lastKept.AddDays(1)).Count);
        var shorter = RetentionSchedule.Create(new RetentionPeriodsSet(ScheduleId, [new(RecordKind.AuditCaseMaterial, 2)], Coordinator, Now));
        Assert.Equal(4, RetentionDecisions.Due([cancelled], shorter, new HashSet<string>(), ended.AddYears(2).AddDays(1)).Count);
    }

    [Fact]
    public void The_confirmed_list_becomes_one_erasure_per_case_and_only_cases_that_are_due_may_be_on_it()
    {
        var cancelled = Cancelled();
        var due = RetentionDecisions.Due([cancelled], null, new HashSet<string>(), DateOnly.FromDateTime(Now.UtcDateTime).AddYears(7));

        var refused = RetentionDecisions.Erase(new EraseDueCases([due[0].CaseKey, due[0].CaseKey, "SH-2030-999"]), due, Guid.NewGuid, Coordinator, Now);
        Assert.Equal(["caseKeys[1]", "caseKeys[2]"], Assert.IsType<Decision.Invalid>(refused).Errors.ToDictionary().Keys);

        var erasures = Assert.IsType<Decision.Accepted>(RetentionDecisions.Erase(new EraseDueCases([.. due.Select(d => d.CaseKey)]), due, Guid.NewGuid, Coordinator, Now))
            .Events.Cast<CaseErasureRequested>().ToList();
        Assert.Equal(due.Select(d => d.CaseKey), erasures.Select(e => e.CaseKey));
        Assert.Equal(4, erasures.Select(e => e.ErasureId).Distinct().Count());
        Assert.All(erasures, e => Assert.Equal(CaseErasureDecisions.ErasedAs(e.ErasureId), e.ErasedAs));
    }

    [Fact]
    public void The_coordinator_is_told_when_cases_first_pass_their_period_not_again_until_more_do_or_the_periods_change()
    {
        var first = Cancelled();
        var firstDue = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(6).AddDays(1);
        var second = Cancelled() with { EndedAt = Now.AddDays(30) };
        DateTimeOffset On(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        IReadOnlyList<CasesFoundPastRetention> Check(RetentionSchedule? schedule, DateOnly day) =>
            RetentionDecisions.Announce(ScheduleId, schedule, RetentionDecisions.Due([first, second], schedule, new HashSet<string>(), day), On(day));

        Assert.Empty(Check(null, firstDue.AddDays(-1)));
        var told = Assert.Single(Check(null, firstDue));
        Assert.Equal((4, firstDue), (told.Cases, told.On));
        var schedule = RetentionSchedule.Create(told);
        Assert.Empty(Check(schedule, firstDue));
        Assert.Empty(Check(schedule, firstDue.AddDays(29)));
        Assert.Equal(8, Assert.Single(Check(schedule, firstDue.AddDays(30))).Cases);

        var changed = schedule.Apply(new RetentionPeriodsSet(ScheduleId, [new(RecordKind.AuditCaseMaterial, 5)], Coordinator, Now));
        Assert.Equal(8, Assert.Single(Check(changed, firstDue)).Cases);
    }

    private static MultiAgencyAudit Cancelled()
    {
        var audit = ReturnsOpen();
        return audit.Then(AuditDecisions.Cancel(audit, new CancelAudit("Merged with the next audit."), Coordinator, Now));
    }

    private static T Accepted<T>(Decision decision) => Assert.IsType<T>(Assert.Single(Assert.IsType<Decision.Accepted>(decision).Events));
}
