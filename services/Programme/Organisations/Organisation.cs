using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Programme.Organisations;

/// <summary>An organisation of the partnership, as its stream tells it; kept inline as the directory's read model.</summary>
public sealed record Organisation(Guid Id, OrganisationDetails Details, DateTimeOffset RegisteredAt) : IVersioned
{
    public long Version { get; init; }

    public string Name => Details.Name;

    public OrganisationKind Kind => Details.Kind;

    public static Organisation Create(OrganisationRegistered registered) => new(registered.OrganisationId, registered.Details, registered.At);

    public Organisation Apply(OrganisationUpdated updated) => this with { Details = updated.Details };
}
