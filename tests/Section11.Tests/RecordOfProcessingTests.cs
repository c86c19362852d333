using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

/// <summary>The record of processing, read from what the Section11 service really stores, and kept whole by this test.</summary>
[Collection(nameof(Section11ServiceCollection))]
public class RecordOfProcessingTests(Section11Service service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        service.Host.StoredAndDeclared();
    }

    [Fact]
    public async Task The_data_protection_officer_reads_the_sign_offs_and_evidence_documents_kept_and_who_reads_them()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/section11/record-of-processing");

        var signOff = Assert.Single(fields, f => f.Field == "Assessment.SignOffs[].Name");
        Assert.Equal((RecordKind.SelfAssessmentEvidence, PersonalData.WorkContact), (signOff.Kind, signOff.Data));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadSection11), signOff.ReadBy);
        Assert.Contains(fields, f => f is { Field: "EvidenceFileAttached.File.Key", Data: PersonalData.WorkContact });
        Assert.DoesNotContain(fields, f => f.Data is PersonalData.CaseKey or PersonalData.CaseText or PersonalData.ChildProfile);
    }
}
