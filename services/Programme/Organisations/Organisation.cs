using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Programme.Organisations;

/// <summary>An organisation of the partnership, as its stream tells it; kept inline as the directory's read model.</summary>
public sealed record Organisation(Guid Id, string Name, OrganisationKind Kind, DateTimeOffset RegisteredAt) : IVersioned
{
    public long Version { get; init; }

    public static Organisation Create(OrganisationRegistered registered) =>
        new(registered.OrganisationId, registered.Name, registered.Kind, registered.At);
}
