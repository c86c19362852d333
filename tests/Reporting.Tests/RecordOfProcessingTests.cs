using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

/// <summary>The record of processing, read from what the Reporting service really stores, and kept whole by this test.</summary>
[Collection(nameof(ReportingServiceCollection))]
public class RecordOfProcessingTests(ReportingService service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        service.Host.StoredAndDeclared();
    }

    [Fact]
    public async Task The_data_protection_officer_reads_that_reports_keep_no_child_and_only_the_actions_words()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/reports/record-of-processing");

        var what = Assert.Single(fields, f => f.Data == PersonalData.CaseText);
        Assert.Equal(("ActionRow.What", RecordKind.Actions), (what.Field, what.Kind));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadReports), what.ReadBy);
        Assert.DoesNotContain(fields, f => f.Data is PersonalData.CaseKey or PersonalData.ChildProfile);
    }
}
