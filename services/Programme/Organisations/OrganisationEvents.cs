using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Programme.Organisations;

/// <summary>A contact by role: a work name and a work email, nothing more (DOMAIN.md, data protection).</summary>
public sealed record Contact(string Role, string Name, string Email);

/// <summary>What the directory holds about an organisation; schools also say their phase and type.</summary>
public sealed record OrganisationDetails(string Name, OrganisationKind Kind, string? SchoolPhase, string? SchoolType, IReadOnlyList<Contact> Contacts);

public sealed record OrganisationRegistered(Guid OrganisationId, OrganisationDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record OrganisationUpdated(Guid OrganisationId, OrganisationDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;
