using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Regions;

/// <summary>A partnership says which region it belongs to (Pan Mersey partnerships: the North West).</summary>
public sealed record PartnershipRegionSet(string PartnershipId, string Region, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A theme trending across a region; it becomes a candidate priority for every partnership in the region.</summary>
public sealed record RegionalTrendRecorded(Guid TrendId, string Region, string Theme, string Rationale, string RecordedBy, IReadOnlyList<string> Partnerships, Actor By, DateTimeOffset At)
    : IDomainEvent;
