using Marten;
using MassTransit;
using Safeguarding.Contracts.Programme;

namespace Safeguarding.EventSourcing.Directory;

/// <summary>
/// Keeps the copy up to date. Redelivery and reordering are harmless: a message older than the copy changes nothing.
/// </summary>
public sealed class DirectoryCopyConsumer(IDocumentStore store) : IConsumer<OrganisationRegistered>, IConsumer<OrganisationUpdated>
{
    public Task Consume(ConsumeContext<OrganisationRegistered> context) =>
        Keep(context.Message.PartnershipId, new KnownOrganisation(context.Message.OrganisationId, context.Message.Name, context.Message.Kind, context.Message.OccurredAt), context.CancellationToken);

    public Task Consume(ConsumeContext<OrganisationUpdated> context) =>
        Keep(context.Message.PartnershipId, new KnownOrganisation(context.Message.OrganisationId, context.Message.Name, context.Message.Kind, context.Message.OccurredAt), context.CancellationToken);

    private async Task Keep(string partnershipId, KnownOrganisation organisation, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(partnershipId);
        var current = await session.LoadAsync<KnownOrganisation>(organisation.Id, cancellationToken);
        if (current is not null && current.AsOf > organisation.AsOf)
        {
            return;
        }

        session.Store(organisation);
        await session.SaveChangesAsync(cancellationToken);
    }
}
