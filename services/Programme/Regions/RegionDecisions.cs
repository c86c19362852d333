using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Regions;

public sealed record SetRegion([Required, OneOf(typeof(RegionDecisions), nameof(RegionDecisions.Regions))] string? Region);

public sealed record RecordRegionalTrend(
    [Required, StringLength(PriorityDecisions.MaxThemeLength)] string? Theme,
    [Required, StringLength(PriorityDecisions.MaxRationaleLength)] string? Rationale);

public static class RegionDecisions
{
    /// <summary>The nine English regions; Safeguarding Children Partnerships sit in one each.</summary>
    public static readonly IReadOnlyList<string> Regions =
        ["north-west", "north-east", "yorkshire-and-the-humber", "east-midlands", "west-midlands", "east-of-england", "london", "south-east", "south-west"];

    public static ValidationErrors Validate(SetRegion c) =>
        new ValidationErrors().Check(c);

    public static ValidationErrors Validate(RecordRegionalTrend c) =>
        new ValidationErrors().Check(c);

    public static RegionalTrendRecorded Record(RecordRegionalTrend c, string region, string recordedBy, IReadOnlyList<string> partnerships, Guid trendId, Actor by, DateTimeOffset now) =>
        new(trendId, region, c.Theme!.Trim(), c.Rationale!.Trim(), recordedBy, [.. partnerships.Distinct()], by, now);

    /// <summary>The candidate priority one partnership of the region gets; its id comes from the trend and the partnership.</summary>
    public static PriorityProposed CandidateFor(RegionalTrendRecorded trend, string partnershipId)
    {
        var id = DeterministicGuid.Create("candidate-priority", "regional-trend", trend.TrendId.ToString(), partnershipId);
        var source = new PrioritySource(PrioritySourceKind.RegionalTrend, trend.TrendId.ToString(), $"Trending across the {trend.Region} region (raised by {trend.RecordedBy})");
        return new PriorityProposed(id, new PriorityDetails(PriorityRoute.RegionalTrend, trend.Theme, trend.Rationale, source, null), trend.By, trend.At);
    }
}
