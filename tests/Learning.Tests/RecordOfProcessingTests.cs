using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

/// <summary>The record of processing, read from what the Learning service really stores, and kept whole by this test.</summary>
[Collection(nameof(LearningServiceCollection))]
public class RecordOfProcessingTests(LearningService service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        var stored = service.Host.StoredAndDeclared();

        Assert.Contains(typeof(Briefings.AuditFindingCopy), stored);
    }

    [Fact]
    public async Task The_data_protection_officer_reads_the_case_references_and_case_text_reviews_keep_and_who_reads_them()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/reviews/record-of-processing");

        var reference = Assert.Single(fields, f => f.Field == "SeriousIncidentRecorded.CaseReference");
        Assert.Equal((RecordKind.Reviews, PersonalData.CaseKey), (reference.Kind, reference.Data));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadReviews), reference.ReadBy);
        Assert.Contains(fields, f => f is { Field: "ImprovementAction.Updates[].Note", Data: PersonalData.CaseText, Kind: RecordKind.Actions });
        Assert.Contains(fields, f => f is { Field: "PractitionerFeedbackGiven.WhatWillChange", Kind: RecordKind.Training });
        Assert.DoesNotContain(fields, f => f.Record.StartsWith("Briefing", StringComparison.Ordinal) && f.Data != PersonalData.StaffAccount);
    }
}
