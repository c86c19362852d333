using Marten;

namespace Safeguarding.EventSourcing.Directory;

public static class KnownOrganisations
{
    public static async Task<IReadOnlySet<Guid>> ForPartnershipAsync(IQuerySession session, CancellationToken cancellationToken) =>
        (await session.Query<KnownOrganisation>().Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();

    public static async Task<IReadOnlyDictionary<Guid, Contracts.OrganisationKind>> KindsAsync(IQuerySession session, CancellationToken cancellationToken) =>
        (await session.Query<KnownOrganisation>().ToListAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Kind);
}
