using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>The record of processing, read from what the Notifications service really stores, and kept whole by this test.</summary>
[Collection(nameof(NotificationsServiceCollection))]
public class RecordOfProcessingTests(NotificationsService service)
{
    [Fact]
    public void Every_stored_field_of_text_says_whether_it_holds_something_about_a_person()
    {
        var stored = service.Host.StoredAndDeclared();

        Assert.Contains(typeof(Directory.OrganisationContacts), stored);
        Assert.Contains(typeof(Notifications.OneTimeLink), stored);
    }

    [Fact]
    public async Task The_data_protection_officer_reads_whose_names_and_addresses_messages_keep_and_who_reads_them()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/notifications/record-of-processing");

        var email = Assert.Single(fields, f => f.Field == "Notification.Recipient.Email");
        Assert.Equal((RecordKind.Notifications, PersonalData.WorkContact), (email.Kind, email.Data));
        Assert.Equal(Policies.RolesAllowedBy(Policies.ReadNotifications), email.ReadBy);
        Assert.Contains(fields, f => f is { Field: "OrganisationContacts.Contacts[].Name", Kind: RecordKind.Directory });
        Assert.Contains(fields, f => f is { Field: "NotificationSettings.CoordinatorEmail", Kind: RecordKind.PartnershipSetup });
        Assert.DoesNotContain(fields, f => f.Data is PersonalData.CaseKey or PersonalData.CaseText or PersonalData.ChildProfile);
    }
}
