using MassTransit;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Messaging;

/// <summary>Records kept past the partnership's period reach the coordinator, who confirms on the retention page what is erased.</summary>
public sealed class RetentionNotifications(Notify notify, IOptions<MailOptions> mail) : IConsumer<RecordsPastRetention>
{
    public Task Consume(ConsumeContext<RecordsPastRetention> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            NotificationKind.RecordsPastRetention, m.EventId, NotificationRequest.Partnership, null, false, mail.Value.LinkTo("/retention"),
            new Dictionary<string, string> { ["count"] = MessageWords.Number(m.Records), ["records"] = MessageWords.Records(m.Kind) }), context.CancellationToken);
    }
}
