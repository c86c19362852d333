using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class Section11NotificationTests(NotificationsService service)
{
    [Fact]
    public async Task Each_agency_invited_to_a_Section_11_self_assessment_gets_one_invitation_at_its_Section_11_lead_even_when_the_invitation_comes_twice()
    {
        var scenario = new AuditScenario();
        var police = scenario.Organisation("Merseyside Police", OrganisationKind.RelevantAgency, "section-11-lead", "safeguarding-lead");
        var health = scenario.Organisation("Mersey Care", OrganisationKind.RelevantAgency, "section-11-lead");
        await service.Host.PublishDirectoryAsync(scenario, police, health);
        var deadline = scenario.Clock.Today.AddDays(30);
        var cycle = scenario.SelfAssessment(deadline).Invite(police, health);
        var invited = cycle.Sent.OfType<OrganisationsInvited>().Single();
        using var consumed = Consumed<OrganisationsInvited>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);

        await service.Host.PublishAsync(cycle.Sent);
        var toPolice = Assert.Single(await service.Inbox.WaitFor(scenario.Address("Merseyside Police", "section-11-lead")));
        Assert.Single(await service.Inbox.WaitFor(scenario.Address("Mersey Care", "section-11-lead")));
        await service.Host.PublishAsync(invited);
        await consumed.WaitForAsync(2 * DirectoryCopies.ConsumersOf<OrganisationsInvited>());

        Assert.Equal($"Section 11 self-assessment 2027: due {MessageWords.LongDate(deadline)}", toPolice.Subject);
        Assert.Contains($"https://qa.example.org/self-assessments/section11/{cycle.Cycle.Id}", await service.Inbox.TextOf(toPolice), StringComparison.Ordinal);
        Assert.Single(await service.Inbox.To(scenario.Address("Merseyside Police", "section-11-lead")));
        Assert.Single(await service.Inbox.To(scenario.Address("Mersey Care", "section-11-lead")));
        Assert.Empty(await service.Inbox.To(scenario.Address("Merseyside Police", "safeguarding-lead")));
    }

    [Fact]
    public async Task A_school_hears_of_its_Section_175_self_assessment_at_its_designated_safeguarding_lead_and_is_reminded_once_it_is_overdue()
    {
        var scenario = new AuditScenario();
        var school = scenario.Organisation("Hillside Primary", OrganisationKind.School, "designated-safeguarding-lead", "head-teacher");
        await service.Host.PublishDirectoryAsync(scenario, school);
        var deadline = scenario.Clock.Today.AddDays(7);
        var cycle = scenario.SelfAssessment(deadline, SelfAssessmentKind.Section175).Invite(school);
        var dsl = scenario.Address("Hillside Primary", "designated-safeguarding-lead");
        await service.Host.PublishAsync(cycle.Sent);
        var invitation = Assert.Single(await service.Inbox.WaitFor(dsl));

        scenario.Clock.MoveTo(scenario.Clock.Now.AddDays(9));
        var reminder = cycle.Remind(school).Sent.OfType<ReturnReminderDue>().Single();
        await service.Host.PublishAsync(reminder);
        var messages = await service.Inbox.WaitFor(dsl, count: 2);

        Assert.True(reminder.Overdue);
        Assert.Equal("Section 175 self-assessment 2027: due " + MessageWords.LongDate(deadline), invitation.Subject);
        var overdue = Assert.Single(messages, m => m.Id != invitation.Id);
        Assert.Equal($"Overdue: Section 175 self-assessment 2027, due {MessageWords.LongDate(deadline)}", overdue.Subject);
        Assert.Contains("Hillside Primary's Section 175 self-assessment for 2027 was due", await service.Inbox.TextOf(overdue), StringComparison.Ordinal);
        Assert.Empty(await service.Inbox.To(scenario.Address("Hillside Primary", "head-teacher")));
    }

    [Fact]
    public async Task An_agency_hears_when_its_return_is_challenged_and_when_feedback_is_issued_without_the_question_or_the_feedback_in_the_email()
    {
        var scenario = new AuditScenario();
        var police = scenario.Organisation("Merseyside Police", OrganisationKind.RelevantAgency, "section-11-lead");
        await service.Host.PublishDirectoryAsync(scenario, police);
        var cycle = scenario.SelfAssessment(scenario.Clock.Today.AddDays(30)).Invite(police).Submit(police, "3")
            .Challenge(police, "5.2", "What share of staff have completed level 3 training?")
            .AgreeActionPlan(police, "Bring training completion above 90%.", scenario.Clock.Today.AddDays(120));

        await service.Host.PublishAsync(cycle.Sent);
        var mails = await service.Inbox.WaitFor(scenario.Address("Merseyside Police", "section-11-lead"), count: 3);

        Assert.Single(cycle.Sent.OfType<AssessmentChallenged>());
        Assert.Single(cycle.Sent.OfType<FeedbackIssued>());
        var challenge = Assert.Single(mails, m => m.Subject == "Section 11 self-assessment 2027: the partnership asks about indicator 5.2");
        var feedback = Assert.Single(mails, m => m.Subject == "Section 11 self-assessment 2027: the partnership's feedback is ready");
        Assert.Contains($"https://qa.example.org/self-assessments/section11/{cycle.Cycle.Id}", await service.Inbox.TextOf(challenge), StringComparison.Ordinal);
        Assert.DoesNotContain("level 3 training", await service.Inbox.RawOf(challenge), StringComparison.Ordinal);
        Assert.DoesNotContain("strong on most standards", await service.Inbox.RawOf(feedback), StringComparison.Ordinal);
    }
}
