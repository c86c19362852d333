using Marten;
using MassTransit;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Contracts.Programme;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Directory;

/// <summary>This service's copy of an organisation's contacts in one partnership, as Programme last sent them.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadNotifications)]
public sealed record OrganisationContacts(Guid Id, IReadOnlyList<OrganisationContact> Contacts, DateTimeOffset AsOf);

/// <summary>
/// Each message carries every contact, so the copy is replaced; an older message than the copy changes nothing. A
/// message still waiting for someone in its role goes to the contact now named there, in the same change: messages from
/// two services can cross, so a request for returns may arrive moments before the contacts it needs.
/// </summary>
public sealed class OrganisationContactsConsumer(IDocumentStore store, DeliverySignal delivery, TimeProvider clock) : IConsumer<OrganisationContactsChanged>
{
    public async Task Consume(ConsumeContext<OrganisationContactsChanged> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<OrganisationContacts>(m.OrganisationId, context.CancellationToken) is { } current && current.AsOf > m.OccurredAt)
        {
            return;
        }

        var contacts = new OrganisationContacts(m.OrganisationId, m.Contacts, m.OccurredAt);
        session.Store(contacts);
        var now = clock.GetUtcNow();
        var since = now - NotificationDecisions.WaitsForContact;
        var waiting = await session.Query<Notification>()
            .Where(n => n.OrganisationId == m.OrganisationId && n.Recipient == null && n.QueuedAt >= since)
            .ToListAsync(context.CancellationToken);
        var addressed = 0;
        foreach (var held in waiting)
        {
            if (NotificationDecisions.Address(held, contacts, now) is { } to)
            {
                // At the version read: the same change delivered twice at once fails here, and its retry finds it addressed.
                session.Events.Append(held.Id, held.Version + 1, to);
                addressed++;
            }
        }

        await session.SaveChangesAsync(context.CancellationToken);
        if (addressed > 0)
        {
            delivery.Wake();
        }
    }
}
