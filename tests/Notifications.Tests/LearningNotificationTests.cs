using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Learning;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class LearningNotificationTests(NotificationsService service)
{
    [Fact]
    public async Task An_overdue_improvement_action_reaches_its_owning_agencys_safeguarding_lead_with_a_link_and_not_its_words()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var learning = scenario.Learning(police.Id);
        var due = scenario.Clock.Today.AddDays(7);
        var action = learning.RecordAction("Offer every return interview within 72 hours.", police.Id, due);
        scenario.Clock.MoveTo(scenario.Clock.Now.AddDays(12));
        learning.CheckOverdue(action);

        await service.Host.PublishAsync(learning.Sent);
        var mail = Assert.Single(await service.Inbox.WaitFor(police.SafeguardingLead));

        Assert.Single(learning.Sent.OfType<ActionOverdue>());
        Assert.Equal("An improvement action for Merseyside Police is overdue", mail.Subject);
        var text = await service.Inbox.TextOf(mail);
        Assert.Contains($"was due on {MessageWords.LongDate(due)}", text, StringComparison.Ordinal);
        Assert.Contains($"https://qa.example.org/actions/{action}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("return interview", await service.Inbox.RawOf(mail), StringComparison.Ordinal);
        Assert.Empty(await service.Inbox.To(police.AuditContact));
    }

    [Fact]
    public async Task A_reviews_statutory_deadline_at_risk_and_then_missed_reaches_the_coordinator_urgently_and_no_agency_sees_it()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var mailbox = await scenario.SetCoordinatorMailboxAsync(coordinator);
        var learning = scenario.Learning(police.Id);
        var review = learning.RecordSeriousIncident("SI-2027-114", "Neglect", scenario.Clock.Today);
        var due = learning.Review(review).OpenDeadlines.Single().Deadline.Due;
        scenario.Clock.MoveTo(new DateTimeOffset(due.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        learning.CheckDeadlines(review);
        scenario.Clock.MoveTo(new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        learning.CheckDeadlines(review);

        await service.Host.PublishAsync(learning.Sent);
        var mails = await service.Inbox.WaitFor(mailbox, count: 2);

        Assert.Equal([false, true], learning.Sent.OfType<ReviewDeadlineAtRisk>().Select(f => f.Missed));
        var step = "notify the Child Safeguarding Practice Review Panel";
        Assert.Equal(
            [$"Review deadline at risk: {step} by {MessageWords.LongDate(due)}", $"Review deadline missed: {step} was due {MessageWords.LongDate(due)}"],
            mails.Select(m => m.Subject).Order());
        foreach (var mail in mails)
        {
            var raw = await service.Inbox.RawOf(mail);
            Assert.Contains("X-Priority: 1", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("SI-2027-114", raw, StringComparison.Ordinal);
            Assert.Contains($"https://qa.example.org/reviews/{review}", await service.Inbox.TextOf(mail), StringComparison.Ordinal);
        }

        var agency = service.Host.ClientFor(scenario.Partnership, Roles.AgencyAuditor, police.Id.ToString());
        Assert.Empty(await agency.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options) ?? []);
        var sent = await coordinator.GetFromJsonAsync<List<NotificationSummary>>("/api/notifications", Json.Options);
        Assert.All(sent!, n => Assert.Equal((NotificationRequest.Partnership, true), (n.OrganisationId, n.Urgent)));
    }

    [Fact]
    public async Task An_organisation_whose_staff_attended_a_training_event_gets_the_feedback_link_at_its_training_contact_once()
    {
        var scenario = new AuditScenario();
        var police = scenario.Organisation("Merseyside Police", OrganisationKind.RelevantAgency, "training-contact", "safeguarding-lead");
        await service.Host.PublishDirectoryAsync(scenario, police);
        var learning = scenario.Learning(police);
        var workshop = learning.ScheduleWorkshop("Return home interviews");
        learning.RecordAttendance(workshop, police, 12).RecordAttendance(workshop, police, 14);

        using var attended = Consumed<TrainingAttended>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);
        await service.Host.PublishAsync(learning.Sent);
        var contact = scenario.Address("Merseyside Police", "training-contact");
        var mail = Assert.Single(await service.Inbox.WaitFor(contact));
        await attended.WaitForAsync(2 * DirectoryCopies.ConsumersOf<TrainingAttended>());

        Assert.Equal(2, learning.Sent.OfType<TrainingAttended>().Count());
        Assert.Equal("Feedback on Return home interviews: please share this link with your staff who attended", mail.Subject);
        var text = await service.Inbox.TextOf(mail);
        // Consumers take messages side by side, so either record may be heard first; either way one message is written.
        Assert.Matches("(12|14) of Merseyside Police's staff attended", text);
        Assert.Contains($"https://qa.example.org/training/events/{workshop}/feedback", text, StringComparison.Ordinal);
        Assert.Equal([NotificationKind.TrainingFeedbackRequested], await service.Host.KindsWrittenAsync(scenario.Partnership));
        Assert.Empty(await service.Inbox.To(scenario.Address("Merseyside Police", "safeguarding-lead")));
    }
}
