using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.EventSourcing.Directory;

/// <summary>
/// A service's own copy of the partnership directory, kept from Programme's integration events, so the organisations
/// a command names are checked against real ones (and their kind) without calling another service.
/// </summary>
public sealed record KnownOrganisation(Guid Id, [NotPersonal("An organisation's name.")] string Name, OrganisationKind Kind, DateTimeOffset AsOf);
