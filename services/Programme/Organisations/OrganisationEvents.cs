using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Organisations;

/// <summary>A contact by role: a work name and a work email, nothing more (DOMAIN.md, data protection).</summary>
public sealed record Contact(string Role, string Name, string Email);

/// <summary>What every partnership sees the same about an organisation; schools also say their phase and type.</summary>
public sealed record OrganisationDetails(string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType);

/// <summary>An organisation entered the shared directory, as a member of the partnership that registered it.</summary>
public sealed record OrganisationRegistered(Guid OrganisationId, OrganisationDetails Details, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>Another partnership the organisation serves asked to add it to its directory; the partnership that registered it decides.</summary>
public sealed record MembershipRequested(Guid OrganisationId, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership that registered the organisation turned a request to join it down.</summary>
public sealed record MembershipDeclined(Guid OrganisationId, string PartnershipId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Another partnership the organisation serves (a police force or NHS trust across Pan Mersey): a membership, not a
/// copy, agreed by the partnership that registered it.
/// </summary>
public sealed record OrganisationJoinedPartnership(
    Guid OrganisationId, OrganisationDetails Details, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A member partnership proposed new shared details; the partnership that registered the organisation decides.</summary>
public sealed record OrganisationChangeProposed(Guid OrganisationId, OrganisationDetails Details, string PartnershipId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership that registered the organisation turned a proposed change down.</summary>
public sealed record OrganisationChangeDeclined(Guid OrganisationId, string PartnershipId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Shared details changed, by the partnership that registered the organisation (on its own or from a member's
/// proposal): every partnership the organisation belongs to sees the change.
/// </summary>
public sealed record OrganisationUpdated(Guid OrganisationId, OrganisationDetails Details, IReadOnlyList<string> Partnerships, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>One partnership's contacts for the organisation changed; other partnerships keep theirs.</summary>
public sealed record MembershipContactsChanged(Guid OrganisationId, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At)
    : IDomainEvent;
