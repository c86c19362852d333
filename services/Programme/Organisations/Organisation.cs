using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Organisations;

public sealed record Membership([NotPersonal("A partnership's id.")] string PartnershipId, IReadOnlyList<Contact> Contacts, DateTimeOffset JoinedAt);

/// <summary>A partnership waiting to join, with the contacts it will keep.</summary>
public sealed record MembershipRequest(
    [NotPersonal("A partnership's id.")] string PartnershipId,
    IReadOnlyList<Contact> Contacts,
    DateTimeOffset RequestedAt);

/// <summary>New shared details a member partnership proposed.</summary>
public sealed record ProposedChange([NotPersonal("A partnership's id.")] string PartnershipId, OrganisationDetails Details, DateTimeOffset ProposedAt);

/// <summary>
/// An organisation in the shared directory (tenant <see cref="SharedDirectory.TenantId"/>) with the partnerships it
/// belongs to; kept inline as the directory's read model.
/// </summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record Organisation(Guid Id, OrganisationDetails Details, DateTimeOffset RegisteredAt, IReadOnlyList<Membership> Memberships) : IVersioned
{
    public long Version { get; init; }

    /// <summary>The partnership that registered the organisation: it agrees who joins and what changes in the shared details.</summary>
    [NotPersonal("The partnership that registered the organisation.")]
    public string Owner { get; init; } = "";

    public IReadOnlyList<MembershipRequest> Requests { get; init; } = [];

    public IReadOnlyList<ProposedChange> Proposals { get; init; } = [];

    public Membership? MembershipOf(string partnershipId) => Memberships.FirstOrDefault(m => m.PartnershipId == partnershipId);

    public static Organisation Create(OrganisationRegistered registered) =>
        new(registered.OrganisationId, registered.Details, registered.At, [new Membership(registered.PartnershipId, registered.Contacts, registered.At)])
        {
            Owner = registered.PartnershipId,
        };

    public Organisation Apply(MembershipRequested requested) =>
        this with { Requests = [.. Requests, new MembershipRequest(requested.PartnershipId, requested.Contacts, requested.At)] };

    public Organisation Apply(MembershipDeclined declined) => this with { Requests = [.. Requests.Where(r => r.PartnershipId != declined.PartnershipId)] };

    public Organisation Apply(OrganisationJoinedPartnership joined) =>
        this with
        {
            Memberships = [.. Memberships, new Membership(joined.PartnershipId, joined.Contacts, joined.At)],
            Requests = [.. Requests.Where(r => r.PartnershipId != joined.PartnershipId)],
        };

    public Organisation Apply(OrganisationChangeProposed proposed) =>
        this with { Proposals = [.. Proposals.Where(p => p.PartnershipId != proposed.PartnershipId), new ProposedChange(proposed.PartnershipId, proposed.Details, proposed.At)] };

    public Organisation Apply(OrganisationChangeDeclined declined) => this with { Proposals = [.. Proposals.Where(p => p.PartnershipId != declined.PartnershipId)] };

    /// <summary>Once the details change, proposals made against the old ones are void.</summary>
    public Organisation Apply(OrganisationUpdated updated) => this with { Details = updated.Details, Proposals = [] };

    public Organisation Apply(MembershipContactsChanged changed) =>
        this with { Memberships = [.. Memberships.Select(m => m.PartnershipId == changed.PartnershipId ? m with { Contacts = changed.Contacts } : m)] };
}

/// <summary>
/// An organisation as one partnership sees it: the shared details, that partnership's own contacts, the partnership that
/// registered it, and the change this partnership proposed that waits for that partnership's agreement.
/// </summary>
public sealed record DirectoryEntry(
    Guid Id, string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType, IReadOnlyList<Contact> Contacts, int Partnerships, long Version,
    string RegisteredBy, OrganisationDetails? ProposedChange)
{
    public static DirectoryEntry For(Organisation organisation, string partnershipId) =>
        new(organisation.Id, organisation.Details.Name, organisation.Details.Kind, organisation.Details.SchoolPhase, organisation.Details.SchoolType,
            organisation.MembershipOf(partnershipId)?.Contacts ?? [], organisation.Memberships.Count, organisation.Version, organisation.Owner,
            organisation.Proposals.FirstOrDefault(p => p.PartnershipId == partnershipId)?.Details);
}

/// <summary>What a coordinator looking for an organisation to join sees: no other partnership's contacts; whether it asked to join.</summary>
public sealed record RegistryEntry(Guid Id, string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType, int Partnerships, bool JoinRequested)
{
    public static RegistryEntry For(Organisation o, string partnershipId) =>
        new(o.Id, o.Details.Name, o.Details.Kind, o.Details.SchoolPhase, o.Details.SchoolType, o.Memberships.Count, o.Requests.Any(r => r.PartnershipId == partnershipId));
}

/// <summary>
/// What waits for the partnership that registered an organisation: a partnership asking to join it (<paramref name="Proposed"/>
/// is null), or a member's proposed change to its shared details.
/// </summary>
public sealed record PendingRequest(Guid OrganisationId, string Name, string PartnershipId, OrganisationDetails? Proposed, DateTimeOffset At)
{
    public static IEnumerable<PendingRequest> Of(Organisation o) =>
        o.Requests.Select(r => new PendingRequest(o.Id, o.Details.Name, r.PartnershipId, null, r.RequestedAt))
            .Concat(o.Proposals.Select(p => new PendingRequest(o.Id, o.Details.Name, p.PartnershipId, p.Details, p.ProposedAt)));
}

public static class SharedDirectory
{
    /// <summary>The organisations every partnership shares live under this tenant; memberships say who may see them.</summary>
    public const string TenantId = "_shared-directory";
}
