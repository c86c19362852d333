using MassTransit;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Learning;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Messaging;

/// <summary>
/// What Learning needs people to do: an overdue improvement action reaches its owning organisation's safeguarding lead;
/// a review's statutory deadline at risk or missed reaches the partnership's coordinator, never batched; an
/// organisation whose staff attended a training event gets, at its training contact, the link for their feedback.
/// </summary>
public sealed class LearningNotifications(Notify notify, IOptions<MailOptions> mail) :
    IConsumer<ActionOverdue>, IConsumer<ReviewDeadlineAtRisk>, IConsumer<TrainingAttended>
{
    public Task Consume(ConsumeContext<ActionOverdue> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            NotificationKind.ActionOverdue, m.EventId, m.OwnerOrganisationId, ContactRole.SafeguardingLead, false, mail.Value.LinkTo($"/actions/{m.ActionId}"),
            new Dictionary<string, string> { ["due"] = MessageWords.LongDate(m.DueDate) }), context.CancellationToken);
    }

    /// <summary>Once per event and organisation: attendance recorded again changes the number, not who is asked.</summary>
    public Task Consume(ConsumeContext<TrainingAttended> context)
    {
        var m = context.Message;
        return m.Attendees == 0
            ? Task.CompletedTask
            : notify.OnceAsync(m.PartnershipId, new NotificationRequest(
                NotificationKind.TrainingFeedbackRequested, DeterministicGuid.Create("training-feedback", m.TrainingEventId.ToString()), m.OrganisationId,
                ContactRole.TrainingContact, false, mail.Value.LinkTo($"/training/events/{m.TrainingEventId}/feedback"),
                new Dictionary<string, string>
                {
                    ["topic"] = m.Topic,
                    ["date"] = MessageWords.LongDate(m.Date),
                    ["attendees"] = MessageWords.Number(m.Attendees),
                }), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ReviewDeadlineAtRisk> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            m.Missed ? NotificationKind.ReviewDeadlineMissed : NotificationKind.ReviewDeadlineAtRisk, m.EventId, NotificationRequest.Partnership, null, true,
            mail.Value.LinkTo($"/reviews/{m.ReviewId}"),
            new Dictionary<string, string> { ["step"] = MessageWords.Step(m.Deadline), ["due"] = MessageWords.LongDate(m.Due) }), context.CancellationToken);
    }
}
