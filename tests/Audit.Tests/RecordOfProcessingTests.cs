using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

/// <summary>The record of processing, read from what the Audit service really stores, and kept whole by this test.</summary>
[Collection(nameof(AuditServiceCollection))]
public class RecordOfProcessingTests(AuditService service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        var stored = service.Host.StoredAndDeclared();

        Assert.Contains(typeof(Audits.ReturnSubmitted), stored);
        Assert.Contains(typeof(Audits.MultiAgencyAudit), stored);
    }

    [Fact]
    public void A_new_field_of_text_that_says_nothing_is_found_and_a_personal_one_needs_its_record_kind()
    {
        var (fields, undeclared) = RecordOfProcessing.Of([typeof(Newcomer), typeof(Unkept)]);

        Assert.Equal(["Newcomer.Nickname", "Newcomer.Notes[].Text", "Unkept.CaseKey: personal, but Unkept does not say what record it is ([KeptAs])"], undeclared);
        Assert.Equal([("Newcomer.By.Id", PersonalData.StaffAccount)], fields.Select(f => (f.Field, f.Data)));
    }

    [Fact]
    public async Task The_data_protection_officer_reads_every_personal_field_with_why_it_is_kept_and_who_reads_it()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/audits/record-of-processing");

        var answer = Assert.Single(fields, f => f.Field == "ReturnSubmitted.Return.Answers[].Value");
        Assert.Equal((RecordKind.Returns, PersonalData.CaseText), (answer.Kind, answer.Data));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadAudits), answer.ReadBy);
        Assert.Contains(fields, f => f is { Field: "CasesSelected.Cases[].Profile", Data: PersonalData.ChildProfile, Kind: RecordKind.AuditCaseMaterial });
        Assert.Contains(fields, f => f is { Field: "MultiAgencyAudit.Report.Narrative", Data: PersonalData.CaseText });
        Assert.DoesNotContain(fields, f => f.Field.EndsWith(".Theme", StringComparison.Ordinal));
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Why)));
    }

    private sealed record Note(string Text);

    [KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
    private sealed record Newcomer(Guid Id, string Nickname, IReadOnlyList<Note> Notes, int Count, Actor By);

    private sealed record Unkept([PersonalData(PersonalData.CaseKey)] string CaseKey);
}
