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

/// <summary>Another partnership the organisation serves (a police force or NHS trust across Pan Mersey): a membership, not a copy.</summary>
public sealed record OrganisationJoinedPartnership(
    Guid OrganisationId, OrganisationDetails Details, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Shared details changed: every partnership the organisation belongs to sees the change.</summary>
public sealed record OrganisationUpdated(Guid OrganisationId, OrganisationDetails Details, IReadOnlyList<string> Partnerships, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>One partnership's contacts for the organisation changed; other partnerships keep theirs.</summary>
public sealed record MembershipContactsChanged(Guid OrganisationId, string PartnershipId, IReadOnlyList<Contact> Contacts, Actor By, DateTimeOffset At)
    : IDomainEvent;
