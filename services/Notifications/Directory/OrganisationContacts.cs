using Marten;
using MassTransit;
using Safeguarding.Contracts.Programme;

namespace Safeguarding.Notifications.Directory;

/// <summary>This service's copy of an organisation's contacts in one partnership, as Programme last sent them.</summary>
public sealed record OrganisationContacts(Guid Id, IReadOnlyList<OrganisationContact> Contacts, DateTimeOffset AsOf);

/// <summary>Each message carries every contact, so the copy is replaced; an older message than the copy changes nothing.</summary>
public sealed class OrganisationContactsConsumer(IDocumentStore store) : IConsumer<OrganisationContactsChanged>
{
    public async Task Consume(ConsumeContext<OrganisationContactsChanged> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<OrganisationContacts>(m.OrganisationId, context.CancellationToken) is { } current && current.AsOf > m.OccurredAt)
        {
            return;
        }

        session.Store(new OrganisationContacts(m.OrganisationId, m.Contacts, m.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
