using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>The organisations an audit in the tests involves.</summary>
public sealed record FixtureOrganisations(Guid Police, Guid Health, Guid Council, Guid PanelChair)
{
    public IReadOnlySet<Guid> All => new HashSet<Guid> { Police, Health, Council, PanelChair };
}

/// <summary>Commands and states for the audit's decision tests, valid unless a test changes them.</summary>
public static class AuditFixtures
{
    public static readonly Actor Coordinator = new("coordinator-1", null);
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    /// <summary>The decision tests' organisations; a journey through the API has its partnership's own (see AuditJourney).</summary>
    public static readonly FixtureOrganisations Organisations = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    public static Guid Police => Organisations.Police;

    public static Guid Health => Organisations.Health;

    public static Guid Council => Organisations.Council;

    public static Guid PanelChair => Organisations.PanelChair;

    /// <summary>Audit's copy of the partnership directory in these tests.</summary>
    public static IReadOnlySet<Guid> DirectoryCopy => Organisations.All;

    public static AuditTool Exemplar => BuiltInTools.Find(BuiltInTools.ExploitationExemplarId)!;

    public static MultiAgencyAudit Scoping() => MultiAgencyAudit.Create(new AuditOpened(
        Guid.NewGuid(), Guid.NewGuid(), 2027, 1, "Child exploitation", [CaseCategory.ChildProtection], Coordinator, Now));

    public static AgreeTermsOfReference Terms(Guid? toolId = null, FixtureOrganisations? organisations = null) => new(
        "Child exploitation",
        ["How well do agencies identify exploitation early?"],
        12,
        toolId ?? BuiltInTools.ExploitationExemplarId,
        null,
        Today.AddDays(30),
        Today.AddDays(45),
        Today.AddDays(60),
        new CategoryMixInput(1, 1, 1, 1),
        [(organisations ?? Organisations).PanelChair]);

    public static CaseInput Case(string key, CaseCategory category) =>
        new(key, category, new CaseProfileInput("10-15", "female", "white", PlanType: "child-protection"));

    public static SelectCases FourCases() => new([
        Case("SH-2027-001", CaseCategory.EarlyHelp),
        Case("SH-2027-002", CaseCategory.ChildInNeed),
        Case("SH-2027-003", CaseCategory.ChildProtection),
        Case("SH-2027-004", CaseCategory.LookedAfterChild),
    ]);

    public static NotifyAgencies Agencies(FixtureOrganisations? organisations = null)
    {
        var o = organisations ?? Organisations;
        return new([
            new CaseAgenciesInput("SH-2027-001", [o.Council]),
            new CaseAgenciesInput("SH-2027-002", [o.Council, o.Health]),
            new CaseAgenciesInput("SH-2027-003", [o.Council, o.Police, o.Health]),
            new CaseAgenciesInput("SH-2027-004", [o.Council, o.Police]),
        ]);
    }

    public static SubmitReturn Return(string overallGrade = "good") =>
        CompleteReturns.For(BuiltInTools.ExploitationExemplar, overallGrade, "Good early identification; gaps in follow-up.") with
        {
            GoodPractice = "Prompt strategy meeting.",
            AreasForDevelopment = "Return-home interviews.",
            Recommendations = "Offer every return interview within 72 hours.",
        };

    public static MultiAgencyAudit Then(this MultiAgencyAudit audit, Decision decision) =>
        // Dynamic dispatch picks the Apply overload for each event, as Marten's generated code does.
        Assert.IsType<Decision.Accepted>(decision).Events
            .Aggregate(audit, (state, e) => (MultiAgencyAudit)((dynamic)state).Apply((dynamic)e));

    public static MultiAgencyAudit TermsAgreed() => Scoping().Then(AuditDecisions.AgreeTerms(Scoping(), Terms(), Exemplar, DirectoryCopy, Coordinator, Now));

    public static MultiAgencyAudit CasesSelected()
    {
        var audit = TermsAgreed();
        return audit.Then(AuditDecisions.SelectCases(audit, FourCases(), Coordinator, Now));
    }

    public static MultiAgencyAudit ReturnsOpen()
    {
        var audit = CasesSelected();
        return audit.Then(AuditDecisions.NotifyAgencies(audit, Agencies(), DirectoryCopy, Coordinator, Now));
    }

    public static RecordMeeting Meeting(MultiAgencyAudit audit, DateOnly? heldOn = null) => new(
        heldOn ?? Today,
        [new AttendeeInput(Council, "Chair, children's social care"), new AttendeeInput(Police, "Detective sergeant, exploitation team")],
        [.. audit.Cases.Select(c => new CaseGradeInput(c.CaseKey, "requires-improvement", "Risk seen late; return interviews missed."))],
        [
            new FindingInput(FindingKind.AreaForDevelopment, "Return-home interviews were not offered after every missing episode.", "missing"),
            new FindingInput(FindingKind.GoodPractice, "Strategy meetings were prompt and well attended.", "strategy-meeting"),
        ]);

    public static DraftReport Report() => new(
        "Exploitation risk was identified, but follow-up after missing episodes was inconsistent.",
        "Across four cases the agencies identified exploitation early...",
        ["Offer a return-home interview within 72 hours of every missing episode."]);

    private static Guid _ids;

    public static Guid NextId() => _ids = Guid.NewGuid();

    public static MultiAgencyAudit At(AuditStage stage)
    {
        var audit = ReturnsOpen();
        var steps = new Func<MultiAgencyAudit, Decision>[]
        {
            a => AuditDecisions.CloseReturns(a, Coordinator, Now),
            a => AuditDecisions.RecordMeeting(a, Meeting(a), DirectoryCopy, NextId, Coordinator, Now),
            a => AuditDecisions.DraftReport(a, Report(), Coordinator, Now),
            a => AuditDecisions.ApproveReport(a, Coordinator, Now),
            a => AuditDecisions.RaiseActions(a, new RaiseActions([new ActionInput("Audit return interviews", Council, Today.AddDays(90), a.Findings[0].FindingId)]), DirectoryCopy, NextId, Coordinator, Now),
            a => AuditDecisions.PresentToBoard(a, new PresentToBoard(Today), Coordinator, Now),
            a => AuditDecisions.Close(a, Coordinator, Now),
        };
        foreach (var step in steps)
        {
            if (audit.Stage == stage)
            {
                break;
            }

            audit = audit.Then(step(audit));
        }

        return audit.Stage == stage ? audit : throw new InvalidOperationException($"The fixtures do not reach {stage}.");
    }
}
