using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Regions;

/// <summary>A partnership says which region it belongs to (Pan Mersey partnerships: the North West).</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PartnershipRegionSet(
    [NotPersonal("A partnership's id.")] string PartnershipId,
    [NotPersonal("The region's name.")] string Region,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>
/// A theme trending across a region: a candidate priority for the partnership that recorded it, and one each other
/// partnership of the region may adopt as its own.
/// </summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record RegionalTrendRecorded(
    Guid TrendId,
    [NotPersonal("The region's name.")] string Region,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    [NotPersonal("Why the theme is trending across the region: across partnerships, not one child.")] string Rationale,
    [NotPersonal("The partnership that recorded it.")] string RecordedBy,
    [NotPersonal("The partnerships in the region.")] IReadOnlyList<string> Partnerships,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;

/// <summary>A partnership of the region invited another to join it; only an invited partnership joins a region that has members.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PartnershipInvitedToRegion(
    [NotPersonal("The region's name.")] string Region,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    [NotPersonal("The partnership or the operator that invited it.")] string InvitedBy,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
