using Marten;

namespace Safeguarding.ServiceDefaults.Directory;

public static class KnownOrganisations
{
    public static async Task<IReadOnlySet<Guid>> ForPartnershipAsync(IQuerySession session, CancellationToken cancellationToken) =>
        (await session.Query<KnownOrganisation>().Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
}
