using Safeguarding.Contracts;

namespace Safeguarding.Audit.Directory;

/// <summary>
/// Audit's own copy of the partnership directory, kept from Programme's integration events, so agencies, attendees
/// and action owners are checked against real organisations without calling another service.
/// </summary>
public sealed record KnownOrganisation(Guid Id, string Name, OrganisationKind Kind, DateTimeOffset AsOf);
