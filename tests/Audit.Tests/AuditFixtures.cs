using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;

namespace Safeguarding.Audit.Tests;

/// <summary>Commands and states for the audit's decision tests, valid unless a test changes them.</summary>
public static class AuditFixtures
{
    public static readonly Actor Coordinator = new("coordinator-1", null);
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly Guid Police = Guid.NewGuid();
    public static readonly Guid Health = Guid.NewGuid();
    public static readonly Guid Council = Guid.NewGuid();

    public static AuditTool Exemplar => BuiltInTools.Find(BuiltInTools.ExploitationExemplarId)!;

    public static MultiAgencyAudit Scoping() => MultiAgencyAudit.Create(new AuditOpened(
        Guid.NewGuid(), Guid.NewGuid(), 2027, 1, "Child exploitation", [CaseCategory.ChildProtection], Coordinator, Now));

    public static AgreeTermsOfReference Terms(Guid? toolId = null) => new(
        "Child exploitation",
        ["How well do agencies identify exploitation early?"],
        12,
        toolId ?? BuiltInTools.ExploitationExemplarId,
        null,
        Today.AddDays(30),
        Today.AddDays(45),
        Today.AddDays(60),
        new CategoryMixInput(1, 1, 1, 1));

    public static CaseInput Case(string key, CaseCategory category) =>
        new(key, category, new CaseProfileInput("10-15", "female", "white", PlanType: "child-protection"));

    public static SelectCases FourCases() => new([
        Case("SH-2027-001", CaseCategory.EarlyHelp),
        Case("SH-2027-002", CaseCategory.ChildInNeed),
        Case("SH-2027-003", CaseCategory.ChildProtection),
        Case("SH-2027-004", CaseCategory.LookedAfterChild),
    ]);

    public static NotifyAgencies Agencies() => new([
        new CaseAgenciesInput("SH-2027-001", [Council]),
        new CaseAgenciesInput("SH-2027-002", [Council, Health]),
        new CaseAgenciesInput("SH-2027-003", [Council, Police, Health]),
        new CaseAgenciesInput("SH-2027-004", [Council, Police]),
    ]);

    public static SubmitReturn Return(string overallGrade = "good") => new(
        [new AnswerInput("screening", "screening-tool-used", "yes"), new AnswerInput("missing", "missing-episodes", "3")],
        [new SectionGradeInput("screening", "good", "Tool used within a week of the first concern.")],
        "Case records reviewed for the look-back period.",
        "Risk identified early; return interviews inconsistent.",
        "Prompt strategy meeting.",
        "Return-home interviews.",
        "Offer every return interview within 72 hours.",
        overallGrade,
        "Good early identification; gaps in follow-up.");

    public static MultiAgencyAudit Then(this MultiAgencyAudit audit, ServiceDefaults.EventStore.Decision decision) =>
        Assert.IsType<ServiceDefaults.EventStore.Decision.Accepted>(decision).Events.Aggregate(audit, (state, e) => e switch
        {
            TermsOfReferenceAgreed x => state.Apply(x),
            CasesSelected x => state.Apply(x),
            AgenciesNotified x => state.Apply(x),
            ReturnSubmitted x => state.Apply(x),
            ReturnsClosed x => state.Apply(x),
            _ => throw new InvalidOperationException($"No Apply for {e.GetType().Name} in the tests."),
        });

    public static MultiAgencyAudit TermsAgreed() => Scoping().Then(AuditDecisions.AgreeTerms(Scoping(), Terms(), Exemplar, Coordinator, Now));

    public static MultiAgencyAudit CasesSelected()
    {
        var audit = TermsAgreed();
        return audit.Then(AuditDecisions.SelectCases(audit, FourCases(), Coordinator, Now));
    }

    public static MultiAgencyAudit ReturnsOpen()
    {
        var audit = CasesSelected();
        return audit.Then(AuditDecisions.NotifyAgencies(audit, Agencies(), Coordinator, Now));
    }
}
