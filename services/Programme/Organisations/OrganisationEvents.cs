using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Organisations;

/// <summary>A contact by role: a work name and a work email, nothing more (DOMAIN.md, data protection).</summary>
public sealed record Contact(
    [NotPersonal("The contact's role at the organisation.")] string Role,
    [PersonalData(PersonalData.WorkContact, "Who to write to at the organisation in this role.")] string Name,
    [PersonalData(PersonalData.WorkContact, "Their work address.")] string Email);

/// <summary>What every partnership sees the same about an organisation; schools also say their phase and type.</summary>
public sealed record OrganisationDetails(
    [NotPersonal("The organisation's name.")] string Name,
    OrganisationKind Kind,
    SchoolPhase? SchoolPhase,
    SchoolType? SchoolType);

/// <summary>An organisation entered the shared directory, as a member of the partnership that registered it.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record OrganisationRegistered(
    Guid OrganisationId,
    OrganisationDetails Details,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    IReadOnlyList<Contact> Contacts,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;

/// <summary>Another partnership the organisation serves asked to add it to its directory; the partnership that registered it decides.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record MembershipRequested(
    Guid OrganisationId,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    IReadOnlyList<Contact> Contacts,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership that registered the organisation turned a request to join it down.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record MembershipDeclined(Guid OrganisationId, [NotPersonal("A partnership's id.")] string PartnershipId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Another partnership the organisation serves (a police force or NHS trust across Pan Mersey): a membership, not a
/// copy, agreed by the partnership that registered it.
/// </summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record OrganisationJoinedPartnership(
    Guid OrganisationId,
    OrganisationDetails Details,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    IReadOnlyList<Contact> Contacts,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A member partnership proposed new shared details; the partnership that registered the organisation decides.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record OrganisationChangeProposed(
    Guid OrganisationId,
    OrganisationDetails Details,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership that registered the organisation turned a proposed change down.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record OrganisationChangeDeclined(
    Guid OrganisationId,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Shared details changed, by the partnership that registered the organisation (on its own or from a member's
/// proposal): every partnership the organisation belongs to sees the change.
/// </summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record OrganisationUpdated(
    Guid OrganisationId,
    OrganisationDetails Details,
    [NotPersonal("The partnerships the organisation belongs to.")] IReadOnlyList<string> Partnerships,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;

/// <summary>One partnership's contacts for the organisation changed; other partnerships keep theirs.</summary>
[KeptAs(RecordKind.Directory, Policies.ReadProgramme)]
public sealed record MembershipContactsChanged(
    Guid OrganisationId,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    IReadOnlyList<Contact> Contacts,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;
