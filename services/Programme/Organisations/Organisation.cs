using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Programme.Organisations;

public sealed record Membership(string PartnershipId, IReadOnlyList<Contact> Contacts, DateTimeOffset JoinedAt);

/// <summary>
/// An organisation in the shared directory (tenant <see cref="SharedDirectory.TenantId"/>) with the partnerships it
/// belongs to; kept inline as the directory's read model.
/// </summary>
public sealed record Organisation(Guid Id, OrganisationDetails Details, DateTimeOffset RegisteredAt, IReadOnlyList<Membership> Memberships) : IVersioned
{
    public long Version { get; init; }

    public Membership? MembershipOf(string partnershipId) => Memberships.FirstOrDefault(m => m.PartnershipId == partnershipId);

    public static Organisation Create(OrganisationRegistered registered) =>
        new(registered.OrganisationId, registered.Details, registered.At, [new Membership(registered.PartnershipId, registered.Contacts, registered.At)]);

    public Organisation Apply(OrganisationJoinedPartnership joined) =>
        this with { Memberships = [.. Memberships, new Membership(joined.PartnershipId, joined.Contacts, joined.At)] };

    public Organisation Apply(OrganisationUpdated updated) => this with { Details = updated.Details };

    public Organisation Apply(MembershipContactsChanged changed) =>
        this with { Memberships = [.. Memberships.Select(m => m.PartnershipId == changed.PartnershipId ? m with { Contacts = changed.Contacts } : m)] };
}

/// <summary>An organisation as one partnership sees it: the shared details and that partnership's own contacts.</summary>
public sealed record DirectoryEntry(
    Guid Id, string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType, IReadOnlyList<Contact> Contacts, int Partnerships, long Version)
{
    public static DirectoryEntry For(Organisation organisation, string partnershipId) =>
        new(organisation.Id, organisation.Details.Name, organisation.Details.Kind, organisation.Details.SchoolPhase, organisation.Details.SchoolType,
            organisation.MembershipOf(partnershipId)?.Contacts ?? [], organisation.Memberships.Count, organisation.Version);
}

/// <summary>What a coordinator looking for an organisation to join sees: no other partnership's contacts.</summary>
public sealed record RegistryEntry(Guid Id, string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType, int Partnerships);

public static class SharedDirectory
{
    /// <summary>The organisations every partnership shares live under this tenant; memberships say who may see them.</summary>
    public const string TenantId = "_shared-directory";
}
