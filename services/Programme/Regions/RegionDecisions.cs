using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Regions;

public sealed record SetRegion([Required, OneOf(typeof(RegionDecisions), nameof(RegionDecisions.Regions))] string? Region);

public sealed record RecordRegionalTrend(
    [Required, StringLength(PriorityDecisions.MaxThemeLength)] string? Theme,
    [Required, StringLength(PriorityDecisions.MaxRationaleLength)] string? Rationale);

public sealed record InviteToRegion([Required, StringLength(64), RegularExpression(PartnershipClaims.PartnershipIdPattern)] string? PartnershipId);

public static class RegionDecisions
{
    /// <summary>Invitations a region keeps: every partnership of England several times over.</summary>
    public const int MaxInvitations = 500;

    /// <summary>The nine English regions; Safeguarding Children Partnerships sit in one each.</summary>
    public static readonly IReadOnlyList<string> Regions =
        ["north-west", "north-east", "yorkshire-and-the-humber", "east-midlands", "west-midlands", "east-of-england", "london", "south-east", "south-west"];

    public static ValidationErrors Validate(SetRegion c) =>
        new ValidationErrors().Check(c);

    public static ValidationErrors Validate(RecordRegionalTrend c) =>
        new ValidationErrors().Check(c);

    /// <summary>A partnership founds a region nobody is in yet, or joins one whose members invited it (a valid <paramref name="c"/>).</summary>
    public static Decision Join(string partnershipId, SetRegion c, IReadOnlyList<string> members, RegionInvitations? invitations, Actor by, DateTimeOffset now) =>
        members.All(m => m == partnershipId) || invitations?.Invited.Contains(partnershipId) == true
            ? Decision.Accept(new PartnershipRegionSet(partnershipId, c.Region!, by, now))
            : Decision.Refuse($"The {c.Region} region has members: one of them invites this partnership first (POST /api/programmes/region/invitations).");

    /// <summary>A member of a region invites another partnership to it.</summary>
    public static Decision Invite(PartnershipRegion? own, RegionInvitations? invitations, InviteToRegion c, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c);
        errors.When(errors.IsValid && !PartnershipClaims.IsPartnershipId(c.PartnershipId), "partnershipId", "That name is reserved: no partnership has it.")
            .When(own is null, "region", "Set your partnership's region first (PUT /api/programmes/region).")
            .When(c.PartnershipId == own?.PartnershipId, "partnershipId", "This partnership is in the region already.");
        return Decision.From(errors, () => invitations?.Invited.Count >= MaxInvitations
            ? Decision.Refuse($"A region keeps {MaxInvitations} invitations at most.")
            : Decision.Accept(new PartnershipInvitedToRegion(own!.Region, c.PartnershipId!, own.PartnershipId, by, now)));
    }

    public static RegionalTrendRecorded Record(RecordRegionalTrend c, string region, string recordedBy, IReadOnlyList<string> partnerships, Guid trendId, Actor by, DateTimeOffset now) =>
        new(trendId, region, c.Theme!.Trim(), c.Rationale!.Trim(), recordedBy, [.. partnerships.Distinct()], by, now);

    /// <summary>
    /// The candidate priority a partnership of the region takes from a trend, by its own action (the one that recorded it
    /// at once); its id comes from the trend and the partnership, so a trend is adopted once.
    /// </summary>
    public static PriorityProposed CandidateFor(RegionalTrend trend, string partnershipId, Actor by, DateTimeOffset now)
    {
        var id = DeterministicGuid.Create("candidate-priority", "regional-trend", trend.Id.ToString(), partnershipId);
        var source = new PrioritySource(PrioritySourceKind.RegionalTrend, trend.Id.ToString(), $"Trending across the {trend.Region} region (raised by {trend.RecordedBy})");
        return new PriorityProposed(id, new PriorityDetails(PriorityRoute.RegionalTrend, trend.Theme, trend.Rationale, source, null), by, now);
    }
}
