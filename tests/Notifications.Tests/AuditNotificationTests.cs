using System.Net.Http.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Programme;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Programme.Organisations;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class AuditNotificationTests(NotificationsService service)
{
    [Fact]
    public async Task An_agency_asked_for_returns_gets_one_email_at_its_audit_contact_with_a_link_and_no_case_key_even_when_the_request_comes_twice()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var audit = scenario.OpenReturns(police.Id);
        var request = AuditScenario.RequestTo(audit, police.Id);
        using var consumed = Consumed<ReturnRequested>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);

        await service.Host.PublishAsync(audit.Sent);
        var mail = Assert.Single(await service.Inbox.WaitFor(police.AuditContact));
        await service.Host.PublishAsync(request);
        await consumed.WaitForAsync(2 * DirectoryCopies.ConsumersOf<ReturnRequested>());

        var text = await service.Inbox.TextOf(mail);
        var html = await service.Inbox.HtmlOf(mail);
        Assert.Equal("Audit returns requested: Child exploitation, due " + MessageWords.LongDate(request.ReturnsDue), mail.Subject);
        Assert.Contains("https://qa.example.org/returns", text);
        Assert.Contains("href=\"https://qa.example.org/returns\"", html);
        Assert.Contains("Merseyside Police", text);
        Assert.DoesNotContain("SH-2027-000", await service.Inbox.RawOf(mail));
        Assert.Single(await service.Inbox.To(police.AuditContact));
        Assert.Empty(await service.Inbox.To(police.SafeguardingLead));
        var sent = Assert.Single(await Notifications(scenario.Partnership), n => n.OrganisationId == police.Id);
        Assert.Equal((NotificationStatus.Sent, 1, police.AuditContact), (sent.Status, sent.Attempts, sent.RecipientEmail));
    }

    [Fact]
    public async Task An_immediate_concern_reaches_the_owning_agencys_safeguarding_lead_marked_urgent_without_the_child_or_the_concern_in_it()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var audit = scenario.OpenReturns(police.Id).RaiseConcern("SH-2027-000", police.Id, "Sibling disclosed harm at school; no strategy discussion held.");

        await service.Host.PublishAsync(audit.Sent.OfType<ImmediateConcernRaised>());
        var mail = Assert.Single(await service.Inbox.WaitFor(police.SafeguardingLead));

        var raw = await service.Inbox.RawOf(mail);
        Assert.StartsWith("URGENT:", mail.Subject);
        Assert.Contains("X-Priority: 1", raw);
        Assert.Contains("Importance: high", raw);
        Assert.Contains($"https://qa.example.org/audits/{audit.Audit.Id}", await service.Inbox.TextOf(mail));
        Assert.DoesNotContain("SH-2027-000", raw);
        Assert.DoesNotContain("disclosed", raw);
        Assert.Empty(await service.Inbox.To(police.AuditContact));
    }

    [Fact]
    public async Task An_agency_with_no_contact_in_the_role_is_shown_to_the_coordinator_and_the_coordinators_mailbox_is_told_who_is_missing()
    {
        var scenario = new AuditScenario();
        var school = scenario.Agency("Hillside Primary", "safeguarding-lead");
        var mailbox = await scenario.SetCoordinatorMailboxAsync(service.Host.ClientFor(scenario.Partnership, Roles.Coordinator));
        await service.Host.PublishDirectoryAsync(scenario, school.Id);
        var audit = scenario.OpenReturns(school.Id);

        await service.Host.PublishAsync(audit.Sent);
        var told = Assert.Single(await service.Inbox.WaitFor(mailbox));
        var held = await Eventually.Get(() => Notifications(scenario.Partnership), list => list.Count == 2 && list.Any(n => n.Status == NotificationStatus.Sent));

        var notification = Assert.Single(held, n => n.Kind == NotificationKind.ReturnRequested);
        Assert.Equal((NotificationStatus.NoRecipient, "No contact for the audit contact at Hillside Primary."), (notification.Status, notification.NoRecipient));
        Assert.Null(notification.RecipientEmail);
        Assert.Equal("No contact for the audit contact at Hillside Primary: a message was not sent", told.Subject);
        Assert.Contains(notification.Subject, await service.Inbox.TextOf(told), StringComparison.Ordinal);
        Assert.Empty(await service.Inbox.To(school.SafeguardingLead));
    }

    [Fact]
    public async Task A_request_that_arrives_before_the_contact_it_needs_goes_to_them_once_the_directory_names_them()
    {
        var scenario = new AuditScenario();
        var school = scenario.Agency("Hillside Primary", "safeguarding-lead");
        var mailbox = await scenario.SetCoordinatorMailboxAsync(service.Host.ClientFor(scenario.Partnership, Roles.Coordinator));
        await service.Host.PublishDirectoryAsync(scenario, school.Id);
        await service.Host.PublishAsync(scenario.OpenReturns(school.Id).Sent);
        await service.Inbox.WaitFor(mailbox);
        var named = new ContactInput("audit-contact", "Ann Audit", school.AuditContact);
        var lead = new ContactInput("safeguarding-lead", "Lee Lead", school.SafeguardingLead);
        scenario.Programme.ChangeContacts(school.Id, lead, named);
        scenario.Programme.ChangeContacts(school.Id, lead, named with { Name = "Ann Audit-Jones" });
        using var consumed = Consumed<OrganisationContactsChanged>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);

        await service.Host.PublishAsync(scenario.Programme.Sent.OfType<OrganisationContactsChanged>().TakeLast(2));
        var mail = Assert.Single(await service.Inbox.WaitFor(school.AuditContact));
        await consumed.WaitForAsync(2 * DirectoryCopies.ConsumersOf<OrganisationContactsChanged>());

        Assert.StartsWith("Audit returns requested: Child exploitation", mail.Subject, StringComparison.Ordinal);
        var request = Assert.Single(await Notifications(scenario.Partnership), n => n.Kind == NotificationKind.ReturnRequested);
        Assert.Equal((NotificationStatus.Sent, school.AuditContact, (string?)null), (request.Status, request.RecipientEmail, request.NoRecipient));
        await using var session = service.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(scenario.Partnership);
        Assert.Single(await session.Events.FetchStreamAsync(request.Id), e => e.Data is NotificationAddressed);
    }

    [Fact]
    public async Task An_agency_sees_its_own_notifications_and_nobody_elses()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var health = scenario.Agency("Mersey Care");
        await service.Host.PublishDirectoryAsync(scenario, police.Id, health.Id);
        await service.Host.PublishAsync(scenario.OpenReturns(police.Id, health.Id).Sent);
        var all = await Eventually.Get(() => Notifications(scenario.Partnership), list => list.Count == 2);
        var theirs = all.Single(n => n.OrganisationId == health.Id);
        var police_ = service.Host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, police.Id.ToString());

        var own = await police_.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options);
        var other = await police_.GetAsync($"/api/notifications/{theirs.Id}");
        var elsewhere = await service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync($"/api/notifications/{theirs.Id}");

        Assert.Equal([police.Id], own!.Select(n => n.OrganisationId));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Every_read_of_the_messages_which_name_people_is_in_the_access_log_and_the_data_protection_officer_reads_it()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        await service.Host.PublishAsync(scenario.OpenReturns(police.Id).Sent);
        // The coordinator's reads while the message is written are recorded too: one entry or several, all alike.
        var sent = Assert.Single(await Eventually.Get(() => Notifications(scenario.Partnership), list => list.Count == 1));
        var agency = service.Host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, Guid.NewGuid().ToString());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await agency.GetAsync($"/api/notifications/{sent.Id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await service.Host.ClientFor(scenario.Partnership, Roles.BoardReader).GetAsync("/api/notifications")).StatusCode);
        var dpo = service.Host.ClientFor(scenario.Partnership, Roles.DataProtectionOfficer);
        var log = await dpo.GetFromJsonAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>("/api/notifications/access-log", Json.Options);

        Assert.Equal(
            [("notification", "test-agency-auditor", true, (Guid?)sent.Id), ("notifications", "test-board-reader", true, null), ("notifications", "test-coordinator", false, null)],
            log!.Select(r => (r.Kind, r.Subject, r.Refused, r.Ids.Values.Cast<Guid?>().SingleOrDefault())).Distinct().OrderBy(r => r.Subject));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await dpo.GetAsync("/api/notifications")).StatusCode);
    }

    private async Task<List<NotificationSummary>> Notifications(string partnership) =>
        await service.Host.ClientFor(partnership, Roles.Coordinator).GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? [];
}
