using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

/// <summary>The record of processing, read from what the Programme service really stores, and kept whole by this test.</summary>
[Collection(nameof(ProgrammeServiceCollection))]
public class RecordOfProcessingTests(ProgrammeService service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        service.Host.StoredAndDeclared();
    }

    [Fact]
    public async Task The_data_protection_officer_reads_the_directory_s_names_and_addresses_kept_and_who_reads_them()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/programmes/record-of-processing");

        var contact = Assert.Single(fields, f => f.Field == "Organisation.Memberships[].Contacts[].Email");
        Assert.Equal((RecordKind.Directory, PersonalData.WorkContact), (contact.Kind, contact.Data));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadProgramme), contact.ReadBy);
        Assert.Contains(fields, f => f is { Field: "ProgrammeItemScheduled.Item.Lead", Kind: RecordKind.PartnershipSetup });
        Assert.DoesNotContain(fields, f => f.Data is PersonalData.CaseKey or PersonalData.CaseText or PersonalData.ChildProfile);
    }
}
