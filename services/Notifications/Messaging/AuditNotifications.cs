using System.Globalization;
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
                ["cases"] = m.Cases.ToString(CultureInfo.InvariantCulture),
                ["due"] = LongDate(m.ReturnsDue),
            }), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ImmediateConcernRaised> context)
    {
        var m = context.Message;
        return notify.OnceAsync(m.PartnershipId, new NotificationRequest(
            NotificationKind.ImmediateConcern, m.EventId, m.OwnerOrganisationId, ContactRole.SafeguardingLead, true, mail.Value.LinkTo($"/audits/{m.AuditId}"),
            new Dictionary<string, string> { ["raised"] = LongDate(DateOnly.FromDateTime(m.OccurredAt.UtcDateTime)) }), context.CancellationToken);
    }

    /// <summary>A date as people write it ("Friday 12 March 2027"); the invariant culture's names are English.</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
