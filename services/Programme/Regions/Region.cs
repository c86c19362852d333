using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Programme.Regions;

/// <summary>Which region a partnership belongs to; lives in the shared directory so partnerships can find their neighbours.</summary>
public sealed record PartnershipRegion(Guid Id, string PartnershipId, string Region) : IVersioned
{
    public long Version { get; init; }

    public static Guid IdFor(string partnershipId) => DeterministicGuid.Create("partnership-region", partnershipId);

    public static PartnershipRegion Create(PartnershipRegionSet set) => new(IdFor(set.PartnershipId), set.PartnershipId, set.Region);

    public PartnershipRegion Apply(PartnershipRegionSet set) => this with { Region = set.Region };
}

public sealed record RegionalTrend(Guid Id, string Region, string Theme, string Rationale, string RecordedBy, DateTimeOffset RecordedAt) : IVersioned
{
    public long Version { get; init; }

    public static RegionalTrend Create(RegionalTrendRecorded recorded) =>
        new(recorded.TrendId, recorded.Region, recorded.Theme, recorded.Rationale, recorded.RecordedBy, recorded.At);
}
