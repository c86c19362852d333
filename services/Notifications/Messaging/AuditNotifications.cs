using MassTransit;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Messaging;

/// <summary>
/// What Audit needs people to do: an agency asked for returns hears it at its audit contact; an immediate concern
/// reaches the owning agency's safeguarding lead at once, marked urgent.
/// </summary>
public sealed class AuditNotifications(Notify notify, IOptions<MailOptions> mail) : IConsumer<ReturnRequested>, IConsumer<ImmediateConcernRaised>
{
    public Task Consume(ConsumeContext<ReturnRequested> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            NotificationKind.ReturnRequested, m.EventId, m.OrganisationId, ContactRole.AuditContact, false, mail.Value.LinkTo("/returns"),
            new Dictionary<string, string>
            {
                ["theme"] = m.Theme.Value,
                ["cases"] = MessageWords.Number(m.Cases),
                ["due"] = MessageWords.LongDate(m.ReturnsDue),
            }), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ImmediateConcernRaised> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            NotificationKind.ImmediateConcern, m.EventId, m.OwnerOrganisationId, ContactRole.SafeguardingLead, true, mail.Value.LinkTo($"/audits/{m.AuditId}"),
            new Dictionary<string, string> { ["raised"] = MessageWords.LongDate(m.OccurredAt) }), context.CancellationToken);
    }
}
