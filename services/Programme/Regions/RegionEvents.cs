using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Regions;

/// <summary>A partnership says which region it belongs to (Pan Mersey partnerships: the North West).</summary>
public sealed record PartnershipRegionSet(string PartnershipId, string Region, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// A theme trending across a region: a candidate priority for the partnership that recorded it, and one each other
/// partnership of the region may adopt as its own.
/// </summary>
public sealed record RegionalTrendRecorded(Guid TrendId, string Region, string Theme, string Rationale, string RecordedBy, IReadOnlyList<string> Partnerships, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>A partnership of the region invited another to join it; only an invited partnership joins a region that has members.</summary>
public sealed record PartnershipInvitedToRegion(string Region, string PartnershipId, string InvitedBy, Actor By, DateTimeOffset At) : IDomainEvent;
