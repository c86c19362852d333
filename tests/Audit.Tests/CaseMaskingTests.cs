using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using static Safeguarding.Audit.Tests.AuditFixtures;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Tests;

/// <summary>The masking of one stored record, on the events Audit's own decisions make.</summary>
public class CaseMaskingTests
{
    private const string ErasedAs = "ER-0001-0002";

    [Fact]
    public void A_return_for_the_case_loses_its_words_and_key_and_keeps_its_grades()
    {
        var (erased, changed) = Masked(SubmittedReturn("SH-2027-003", "Missed outreach."), "SH-2027-003");

        Assert.True(changed);
        var r = erased.Return;
        Assert.Equal((ErasedAs, "good", CaseMasking.ErasedText, CaseMasking.ErasedText), (r.CaseKey, r.OverallGrade, r.OverallRationale, r.Evidence));
        Assert.All(r.Answers, a => Assert.Equal(CaseMasking.ErasedText, a.Value));
        Assert.All(r.SectionGrades, g => Assert.Equal(("good", CaseMasking.ErasedText), (g.Grade, g.Rationale)));
        Assert.Equal((Health, Coordinator), (r.OrganisationId, r.SubmittedBy));
    }

    [Fact]
    public void Another_case_in_the_same_audit_is_left_as_it_was_and_a_second_masking_changes_nothing()
    {
        var other = SubmittedReturn("SH-2027-002", "Plan stalled.");
        var (untouched, changed) = Masked(other, "SH-2027-003");
        Assert.False(changed);
        Assert.Equal(JsonSerializer.Serialize(other), JsonSerializer.Serialize(untouched));

        var (once, _) = Masked(SubmittedReturn("SH-2027-003", "Missed outreach."), "SH-2027-003");
        Assert.False(Masked(once, "SH-2027-003").Changed);
    }

    [Fact]
    public void In_a_record_of_several_cases_only_the_case_s_own_parts_are_masked()
    {
        var audit = At(AuditStage.ReturnsClosed);
        var meeting = Assert.IsType<AuditMeetingHeld>(Assert.Single(Assert.IsType<Decision.Accepted>(
            AuditDecisions.RecordMeeting(audit, Meeting(audit), DirectoryCopy, NextId, Coordinator, Now)).Events));
        var json = JsonSerializer.SerializeToNode(meeting);
        Assert.Equal(audit.Cases.Select(c => c.CaseKey), CaseMasking.CaseKeysIn(json, typeof(AuditMeetingHeld)));

        Assert.True(CaseMasking.Mask(json, typeof(AuditMeetingHeld), "SH-2027-003", ErasedAs, wholeRecord: false));

        var masked = json.Deserialize<AuditMeetingHeld>()!;
        Assert.Equal(CaseMasking.ErasedText, Assert.Single(masked.CaseGrades, g => g.CaseKey == ErasedAs).Rationale);
        Assert.All(masked.CaseGrades.Where(g => g.CaseKey != ErasedAs), g => Assert.Equal("Risk seen late; return interviews missed.", g.Rationale));
        Assert.Equal(meeting.Findings, masked.Findings);
    }

    [Fact]
    public void Text_about_another_part_that_names_the_case_by_its_key_is_masked_too()
    {
        var audit = At(AuditStage.ReturnsClosed);
        var meeting = Meeting(audit) with { Findings = [new FindingInput(FindingKind.AreaForDevelopment, "As in SH-2027-003, return interviews were missed.", "missing")] };
        var held = Assert.IsType<AuditMeetingHeld>(Assert.Single(Assert.IsType<Decision.Accepted>(
            AuditDecisions.RecordMeeting(audit, meeting, DirectoryCopy, NextId, Coordinator, Now)).Events));
        var json = JsonSerializer.SerializeToNode(held);

        Assert.True(CaseMasking.Mask(json, typeof(AuditMeetingHeld), "SH-2027-003", ErasedAs, wholeRecord: false));

        Assert.Equal(CaseMasking.ErasedText, Assert.Single(json.Deserialize<AuditMeetingHeld>()!.Findings).Text);
    }

    [Fact]
    public void A_record_of_one_case_is_masked_whole_even_where_the_key_is_not_repeated()
    {
        var json = JsonSerializer.SerializeToNode(new Decided("SH-2027-003", "Why it was decided.", new Profile("10-15", 3)));

        Assert.True(CaseMasking.Mask(json, typeof(Decided), "SH-2027-009", ErasedAs, wholeRecord: true));

        Assert.Equal(new Decided("SH-2027-003", CaseMasking.ErasedText, new Profile(CaseMasking.ErasedText, 3)), json.Deserialize<Decided>());
    }

    [Fact]
    public void An_integration_event_s_typed_key_and_free_text_are_masked()
    {
        var raised = new Integration.ImmediateConcernRaised(Guid.NewGuid(), "st-helens", Now, Coordinator, Guid.NewGuid(), Guid.NewGuid(),
            CaseKey.From("SH-2027-003"), Police, "Adult of concern seen.");
        var json = JsonSerializer.SerializeToNode(raised);

        Assert.True(CaseMasking.Mask(json, raised.GetType(), "SH-2027-003", ErasedAs, wholeRecord: false));

        Assert.Equal(raised with { CaseKey = CaseKey.From(ErasedAs), Summary = CaseMasking.ErasedText }, json.Deserialize<Integration.ImmediateConcernRaised>());
    }

    private static (T Record, bool Changed) Masked<T>(T record, string caseKey)
    {
        var json = JsonSerializer.SerializeToNode(record);
        var changed = CaseMasking.Mask(json, typeof(T), caseKey, ErasedAs, wholeRecord: false);
        return (json.Deserialize<T>()!, changed);
    }

    /// <summary>Health's return: it was asked about both cases these tests use.</summary>
    private static ReturnSubmitted SubmittedReturn(string caseKey, string why)
    {
        var audit = ReturnsOpen();
        var body = Testing.Producers.CompleteReturns.For(Tools.BuiltInTools.ExploitationExemplar, "good", why);
        return Assert.IsType<ReturnSubmitted>(Assert.Single(Assert.IsType<Decision.Accepted>(
            AuditDecisions.SubmitReturn(audit, Health, caseKey, body, Coordinator, Now)).Events));
    }

    private sealed record Profile([property: NotPersonal("test")] string AgeBand, int Referrals);

    [KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
    private sealed record Decided(
        [PersonalData(PersonalData.CaseKey)] string CaseReference,
        [PersonalData(PersonalData.CaseText, "test")] string Rationale,
        [PersonalData(PersonalData.ChildProfile, "test")] Profile Profile);
}
