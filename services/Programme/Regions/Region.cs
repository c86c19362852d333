using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Programme.Regions;

/// <summary>Which region a partnership belongs to; lives in the shared directory so partnerships can find their neighbours.</summary>
public sealed record PartnershipRegion(
    Guid Id,
    [NotPersonal("A partnership's id.")] string PartnershipId,
    [NotPersonal("The region's name.")] string Region) : IVersioned
{
    public long Version { get; init; }

    public static Guid IdFor(string partnershipId) => DeterministicGuid.Create("partnership-region", partnershipId);

    public static PartnershipRegion Create(PartnershipRegionSet set) => new(IdFor(set.PartnershipId), set.PartnershipId, set.Region);

    public PartnershipRegion Apply(PartnershipRegionSet set) => this with { Region = set.Region };
}

public sealed record RegionalTrend(
    Guid Id,
    [NotPersonal("The region's name.")] string Region,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    [NotPersonal("Why the theme is trending across the region: across partnerships, not one child.")] string Rationale,
    [NotPersonal("The partnership that recorded it.")] string RecordedBy,
    DateTimeOffset RecordedAt) : IVersioned
{
    public long Version { get; init; }

    public static RegionalTrend Create(RegionalTrendRecorded recorded) =>
        new(recorded.TrendId, recorded.Region, recorded.Theme, recorded.Rationale, recorded.RecordedBy, recorded.At);
}

/// <summary>The partnerships a region's members invited; kept inline in the shared directory.</summary>
public sealed record RegionInvitations(
    Guid Id,
    [NotPersonal("The region's name.")] string Region,
    [NotPersonal("The partnerships invited.")] IReadOnlyList<string> Invited) : IVersioned
{
    public long Version { get; init; }

    public static Guid IdFor(string region) => DeterministicGuid.Create("region-invitations", region);

    public static RegionInvitations Create(PartnershipInvitedToRegion invited) => new(IdFor(invited.Region), invited.Region, [invited.PartnershipId]);

    public RegionInvitations Apply(PartnershipInvitedToRegion invited) => this with { Invited = [.. Invited.Where(p => p != invited.PartnershipId), invited.PartnershipId] };
}
