using Safeguarding.Audit.Audits;
using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

public class AuditOutcomeDecisionsTests
{
    private static IReadOnlyCollection<string> Fields(Decision decision) =>
        [.. Assert.IsType<Decision.Invalid>(decision).Errors.ToDictionary().Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<AuditStage, string> EveryStepOutOfItsStage()
    {
        var data = new TheoryData<AuditStage, string>();
        foreach (var stage in new[] { AuditStage.ReturnsOpen, AuditStage.MeetingHeld, AuditStage.ReportApproved, AuditStage.Closed })
        {
            foreach (var step in Steps.Keys)
            {
                data.Add(stage, step);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, (AuditStage[] Allowed, Func<MultiAgencyAudit, Decision> Decide)> Steps = new()
    {
        ["meeting"] = ([AuditStage.ReturnsClosed], a => AuditDecisions.RecordMeeting(a, Meeting(a), DirectoryCopy, NextId, Coordinator, Now)),
        ["report"] = ([AuditStage.MeetingHeld, AuditStage.ReportDrafted], a => AuditDecisions.DraftReport(a, Report(), Coordinator, Now)),
        ["approve"] = ([AuditStage.ReportDrafted], a => AuditDecisions.ApproveReport(a, Coordinator, Now)),
        ["actions"] = ([AuditStage.ReportApproved, AuditStage.ActionsRaised], a => AuditDecisions.RaiseActions(
            a, new RaiseActions([new ActionInput("Act", Council, Today, a.Findings.Count > 0 ? a.Findings[0].FindingId : Guid.NewGuid())]), DirectoryCopy, NextId, Coordinator, Now)),
        ["board"] = ([AuditStage.ActionsRaised], a => AuditDecisions.PresentToBoard(a, new PresentToBoard(Today), Coordinator, Now)),
        ["close"] = ([AuditStage.PresentedToBoard], a => AuditDecisions.Close(a, Coordinator, Now)),
    };

    [Theory]
    [MemberData(nameof(EveryStepOutOfItsStage))]
    public void Each_step_is_allowed_in_its_own_stages_only(AuditStage stage, string step)
    {
        var (allowed, decide) = Steps[step];

        var decision = decide(At(stage));

        if (allowed.Contains(stage))
        {
            Assert.IsType<Decision.Accepted>(decision);
        }
        else
        {
            Assert.Contains(stage.ToString(), Assert.IsType<Decision.NotAllowed>(decision).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_whole_flow_chart_runs_in_order_to_closed()
    {
        var audit = At(AuditStage.Closed);

        Assert.Equal(4, audit.CaseGrades.Count);
        Assert.Equal(2, audit.Findings.Count);
        Assert.NotNull(audit.ReportApprovedAt);
        Assert.Equal(audit.Findings[0].FindingId, Assert.Single(audit.Actions).FindingId);
    }

    [Fact]
    public void The_meeting_grades_every_case_on_the_tool_scale()
    {
        var audit = At(AuditStage.ReturnsClosed);
        var meeting = Meeting(audit) with
        {
            HeldOn = Today.AddDays(1),
            CaseGrades = [new CaseGradeInput(audit.Cases[0].CaseKey, "excellent", ""), new CaseGradeInput("SH-0000-999", "good", "x")],
            Findings = [new FindingInput(null, "", "nowhere")],
        };

        Assert.Equal(
            ["caseGrades", "caseGrades[0].grade", "caseGrades[0].rationale", "caseGrades[1].caseKey", "findings[0].kind", "findings[0].sectionKey", "findings[0].text", "heldOn"],
            Fields(AuditDecisions.RecordMeeting(audit, meeting, DirectoryCopy, NextId, Coordinator, Now)));
    }

    [Fact]
    public void The_report_never_names_a_case()
    {
        var audit = At(AuditStage.MeetingHeld);

        var decision = AuditDecisions.DraftReport(audit, Report() with { Narrative = $"In case {audit.Cases[1].CaseKey.ToLowerInvariant()} the police..." }, Coordinator, Now);

        Assert.Equal(["narrative"], Fields(decision));
    }

    [Fact]
    public void Every_action_answers_one_of_the_findings_and_is_due_in_the_future()
    {
        var audit = At(AuditStage.ReportApproved);
        var actions = new RaiseActions([new ActionInput("", null, Today.AddDays(-1), Guid.NewGuid())]);

        Assert.Equal(
            ["actions[0].dueDate", "actions[0].findingId", "actions[0].ownerOrganisationId", "actions[0].what"],
            Fields(AuditDecisions.RaiseActions(audit, actions, DirectoryCopy, NextId, Coordinator, Now)));
    }

    [Fact]
    public void An_unacknowledged_concern_keeps_the_audit_open_until_its_agency_acknowledges_it()
    {
        var audit = At(AuditStage.ReturnsOpen);
        audit = audit.Then(AuditDecisions.RaiseConcern(audit, new RaiseConcern(audit.Cases[2].CaseKey, Police, "Child seen with an adult of concern last week."), DirectoryCopy, NextId, Coordinator, Now));
        var concern = Assert.Single(audit.Concerns);
        foreach (var step in new Func<MultiAgencyAudit, Decision>[]
                 {
                     a => AuditDecisions.CloseReturns(a, Coordinator, Now),
                     a => AuditDecisions.RecordMeeting(a, Meeting(a), DirectoryCopy, NextId, Coordinator, Now),
                     a => AuditDecisions.DraftReport(a, Report(), Coordinator, Now),
                     a => AuditDecisions.ApproveReport(a, Coordinator, Now),
                     a => AuditDecisions.RaiseActions(a, new RaiseActions([new ActionInput("Act", Council, Today, a.Findings[0].FindingId)]), DirectoryCopy, NextId, Coordinator, Now),
                     a => AuditDecisions.PresentToBoard(a, new PresentToBoard(Today), Coordinator, Now),
                 })
        {
            audit = audit.Then(step(audit));
        }

        Assert.Contains("acknowledged", Assert.IsType<Decision.NotAllowed>(AuditDecisions.Close(audit, Coordinator, Now)).Reason, StringComparison.Ordinal);
        Assert.IsType<Decision.Forbidden>(AuditDecisions.AcknowledgeConcern(audit, concern.ConcernId, Health, false, Coordinator, Now));
        audit = audit.Then(AuditDecisions.AcknowledgeConcern(audit, concern.ConcernId, Police, false, Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.AcknowledgeConcern(audit, concern.ConcernId, Police, false, Coordinator, Now));
        Assert.IsType<Decision.Accepted>(AuditDecisions.Close(audit, Coordinator, Now));
    }

    [Theory]
    [InlineData(AuditStage.Closed)]
    [InlineData(AuditStage.TermsAgreed)]
    public void A_concern_is_raised_only_while_the_audit_has_cases_and_is_open(AuditStage stage)
    {
        var audit = stage == AuditStage.TermsAgreed ? TermsAgreed() : At(stage);

        Assert.IsType<Decision.NotAllowed>(AuditDecisions.RaiseConcern(audit, new RaiseConcern("SH-2027-003", Police, "Concern"), DirectoryCopy, NextId, Coordinator, Now));
    }

    [Fact]
    public void A_concern_needs_a_sampled_case_an_owner_and_a_summary() =>
        Assert.Equal(
            ["caseKey", "ownerOrganisationId", "summary"],
            Fields(AuditDecisions.RaiseConcern(At(AuditStage.ReturnsOpen), new RaiseConcern("SH-0000-999", null, " "), DirectoryCopy, NextId, Coordinator, Now)));

    [Fact]
    public void An_audit_is_cancelled_with_a_reason_at_any_stage_before_it_closes()
    {
        Assert.Equal(["reason"], Fields(AuditDecisions.Cancel(At(AuditStage.MeetingHeld), new CancelAudit(""), Coordinator, Now)));
        var cancelled = At(AuditStage.MeetingHeld).Then(AuditDecisions.Cancel(At(AuditStage.MeetingHeld), new CancelAudit("Merged with the neglect audit."), Coordinator, Now));
        Assert.Equal(AuditStage.Cancelled, cancelled.Stage);
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.Cancel(cancelled, new CancelAudit("Again"), Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.Cancel(At(AuditStage.Closed), new CancelAudit("Too late"), Coordinator, Now));
    }
}
