using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

public class AuditLifecycleDecisionsTests
{
    private static IReadOnlyCollection<string> Fields(Decision decision) =>
        [.. Assert.IsType<Decision.Invalid>(decision).Errors.ToDictionary().Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Terms_keep_the_exact_tool_version_and_content()
    {
        var audit = TermsAgreed();

        Assert.Equal(AuditStage.TermsAgreed, audit.Stage);
        Assert.Equal((Exemplar.Id, 1L), (audit.Terms!.ToolId, audit.Terms.ToolVersion));
        Assert.Equal(Exemplar.Template, audit.Terms.Tool);
    }

    [Fact]
    public void Terms_name_every_bad_field()
    {
        var command = Terms() with
        {
            Theme = "",
            Questions = [],
            LookBackMonths = 0,
            ReturnsDue = Today.AddDays(-1),
            MeetingDate = Today.AddDays(-2),
            ReportDue = Today.AddDays(-3),
            CategoryMix = new CategoryMixInput(1, 1, 0, 0),
        };

        Assert.Equal(
            ["categoryMix", "lookBackMonths", "meetingDate", "questions", "reportDue", "returnsDue", "theme"],
            Fields(AuditDecisions.AgreeTerms(Scoping(), command, Exemplar, DirectoryCopy, Coordinator, Now)));
        Assert.Equal(["toolId"], Fields(AuditDecisions.AgreeTerms(Scoping(), Terms(), null, DirectoryCopy, Coordinator, Now)));
    }

    [Fact]
    public void Terms_cannot_change_once_the_sample_is_selected() =>
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.AgreeTerms(CasesSelected(), Terms(), Exemplar, DirectoryCopy, Coordinator, Now));

    [Fact]
    public void Cases_are_selected_only_after_terms_are_agreed() =>
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.SelectCases(Scoping(), FourCases(), Coordinator, Now));

    [Fact]
    public void The_sample_must_match_the_category_mix()
    {
        var sample = new SelectCases([.. FourCases().Cases!.Take(3), Case("SH-2027-009", CaseCategory.EarlyHelp)]);

        Assert.Equal(["cases"], Fields(AuditDecisions.SelectCases(TermsAgreed(), sample, Coordinator, Now)));
    }

    [Theory]
    [InlineData("SH-2027-014", true)]
    [InlineData("MAA-007", true)]
    [InlineData("CP0142", true)]
    [InlineData("CASE-7F3K", true)]
    [InlineData("MASH-24-118", true)]
    [InlineData("MAA7", false)]
    [InlineData("CASE-7F", false)]
    [InlineData("4857773456", false)]
    [InlineData("UPN-A12345678901", false)]
    [InlineData("AB123456C", false)]
    [InlineData("WA10-1HF", false)]
    [InlineData("JANE-SMITH", false)]
    [InlineData("JANE-DOE-2014", false)]
    [InlineData("JOHN-SMITH-1", false)]
    [InlineData("JSMITH-1", false)]
    [InlineData("SH-2014-03-02", false)]
    [InlineData("SH-02-03-2014", false)]
    [InlineData("SH-20140302", false)]
    [InlineData("sh-2027-014", false)]
    [InlineData("SH 2027 014", false)]
    [InlineData("SH", false)]
    [InlineData("ABC-DEF", false)]
    public void A_case_key_must_be_pseudonymous(string key, bool acceptable) =>
        Assert.Equal(acceptable, CaseSampleRules.CaseKeyProblem(key) is null);

    [Fact]
    public void A_case_profile_takes_values_from_the_lists_only()
    {
        var sample = new SelectCases([
            .. FourCases().Cases!.Skip(1),
            new CaseInput("SH-2027-001", CaseCategory.EarlyHelp, new CaseProfileInput("eleven", null, "white", MissingEpisodes: -1)),
        ]);

        Assert.Equal(
            ["cases[3].profile.ageBand", "cases[3].profile.gender", "cases[3].profile.missingEpisodes"],
            Fields(AuditDecisions.SelectCases(TermsAgreed(), sample, Coordinator, Now)));
    }

    [Fact]
    public void Every_sampled_case_needs_its_agencies()
    {
        var partial = new NotifyAgencies([.. Agencies().Cases!.Skip(1), new CaseAgenciesInput("SH-2027-999", [Police])]);

        Assert.Equal(["cases", "cases[3].caseKey"], Fields(AuditDecisions.NotifyAgencies(CasesSelected(), partial, DirectoryCopy, Coordinator, Now)));
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.NotifyAgencies(TermsAgreed(), Agencies(), DirectoryCopy, Coordinator, Now));
    }

    [Fact]
    public void Agencies_must_be_organisations_of_the_partnership_directory()
    {
        var strangers = new NotifyAgencies([.. Agencies().Cases!.Skip(1), new CaseAgenciesInput("SH-2027-001", [Guid.NewGuid()])]);

        Assert.Equal(["cases[3].organisationIds"], Fields(AuditDecisions.NotifyAgencies(CasesSelected(), strangers, DirectoryCopy, Coordinator, Now)));
    }

    [Fact]
    public void Notifying_agencies_opens_one_return_per_agency_per_case()
    {
        var audit = ReturnsOpen();

        Assert.Equal(AuditStage.ReturnsOpen, audit.Stage);
        Assert.Equal(8, audit.ExpectedReturns.Count());
    }

    [Fact]
    public void A_return_is_taken_only_from_an_agency_that_knew_the_child()
    {
        var audit = ReturnsOpen();

        Assert.IsType<Decision.NotAllowed>(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-001", Return(), Coordinator, Now));
        Assert.IsType<Decision.Accepted>(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return(), Coordinator, Now));
    }

    [Fact]
    public void A_return_is_checked_against_the_audit_tool()
    {
        var command = Return("brilliant") with
        {
            Answers = [new AnswerInput("screening", "screening-tool-used", "maybe"), new AnswerInput("missing", "missing-episodes", "-2"), new AnswerInput("nowhere", "x", "yes")],
            SectionGrades = [new SectionGradeInput("screening", "great", "")],
            OverallRationale = null,
        };

        Assert.Equal(
            ["answers", "answers[0].value", "answers[1].value", "answers[2].questionKey", "overallGrade", "overallRationale", "sectionGrades", "sectionGrades[0].grade", "sectionGrades[0].rationale"],
            Fields(AuditDecisions.SubmitReturn(ReturnsOpen(), Police, "SH-2027-003", command, Coordinator, Now)));
    }

    [Fact]
    public void A_draft_may_leave_parts_out_but_what_it_holds_is_checked()
    {
        var partWritten = new SubmitReturn([new AnswerInput("screening", "screening-tool-used", "yes")], [new SectionGradeInput("screening", null, "Started")], null, null, null, null, null, null, null);
        var wrong = partWritten with { Answers = [new AnswerInput("screening", "screening-tool-used", "maybe")], OverallGrade = "brilliant" };

        Assert.IsType<Decision.Accepted>(AuditDecisions.SaveReturnDraft(ReturnsOpen(), Police, "SH-2027-003", partWritten, Coordinator, Now));
        Assert.Equal(["answers[0].value", "overallGrade"], Fields(AuditDecisions.SaveReturnDraft(ReturnsOpen(), Police, "SH-2027-003", wrong, Coordinator, Now)));
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.SaveReturnDraft(ReturnsOpen(), Police, "SH-2027-001", partWritten, Coordinator, Now));
    }

    [Fact]
    public void Submitting_a_return_ends_its_draft_and_closing_returns_ends_every_draft()
    {
        var audit = ReturnsOpen();
        audit = audit.Then(AuditDecisions.SaveReturnDraft(audit, Police, "SH-2027-003", Return(), Coordinator, Now));
        audit = audit.Then(AuditDecisions.SaveReturnDraft(audit, Police, "SH-2027-003", Return("inadequate"), Coordinator, Now));
        audit = audit.Then(AuditDecisions.SaveReturnDraft(audit, Police, "SH-2027-004", Return(), Coordinator, Now));
        Assert.Equal("inadequate", audit.Drafts.Single(d => d.CaseKey == "SH-2027-003").OverallGrade);

        audit = audit.Then(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return(), Coordinator, Now));
        Assert.Equal(["SH-2027-004"], audit.Drafts.Select(d => d.CaseKey));

        audit = audit.Then(AuditDecisions.CloseReturns(audit, Coordinator, Now));
        Assert.Empty(audit.Drafts);
    }

    [Fact]
    public void A_resubmitted_return_replaces_the_earlier_one()
    {
        var audit = ReturnsOpen();
        audit = audit.Then(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return("good"), Coordinator, Now));

        audit = audit.Then(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return("inadequate"), Coordinator, Now));

        Assert.Equal("inadequate", Assert.Single(audit.Returns).OverallGrade);
    }

    [Fact]
    public void Closing_returns_records_what_is_outstanding_and_stops_every_change()
    {
        var audit = ReturnsOpen();
        audit = audit.Then(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return(), Coordinator, Now));

        audit = audit.Then(AuditDecisions.CloseReturns(audit, Coordinator, Now));

        Assert.Equal(AuditStage.ReturnsClosed, audit.Stage);
        Assert.Equal(7, audit.OutstandingReturns.Count);
        Assert.DoesNotContain(new ExpectedReturn(Police, "SH-2027-003"), audit.OutstandingReturns);
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.SubmitReturn(audit, Police, "SH-2027-003", Return(), Coordinator, Now));
        Assert.IsType<Decision.NotAllowed>(AuditDecisions.CloseReturns(audit, Coordinator, Now));
    }
}
