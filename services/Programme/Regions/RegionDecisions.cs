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

    /// <summary>
    /// A partnership joins a region only when invited: by a member, or by the platform operator for a region nobody is
    /// in yet, so no partnership can claim a region (or a mis-typed one) and keep its real partnerships out.
    /// </summary>
    public static Decision Join(string partnershipId, SetRegion c, IReadOnlyList<string> members, RegionInvitations? invitations, Actor by, DateTimeOffset now) =>
        members.Contains(partnershipId) || invitations?.Invited.Contains(partnershipId) == true
            ? Decision.Accept(new PartnershipRegionSet(partnershipId, c.Region!, by, now))
            : Decision.Refuse(members.Count == 0
                ? $"Nobody is in the {c.Region} region yet: the platform operator invites its first partnership."
                : $"The {c.Region} region has members: one of them invites this partnership first (POST /api/programmes/region/invitations).");

    /// <summary>The platform operator invites a partnership to any region: how a region gets its first member.</summary>
    public static Decision InviteAsOperator(string region, RegionInvitations? invitations, InviteToRegion c, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c);
        errors.When(!Regions.Contains(region), "region", $"Name one of the regions: {string.Join(", ", Regions)}.")
            .When(errors.IsValid && !PartnershipClaims.IsPartnershipId(c.PartnershipId), "partnershipId", "That name is reserved: no partnership has it.");
        return Decision.From(errors, () => Invited(region, invitations, c.PartnershipId!, OperatorInvites, by, now));
    }

    /// <summary>A member of a region invites another partnership to it.</summary>
    public static Decision Invite(PartnershipRegion? own, RegionInvitations? invitations, InviteToRegion c, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c);
        errors.When(errors.IsValid && !PartnershipClaims.IsPartnershipId(c.PartnershipId), "partnershipId", "That name is reserved: no partnership has it.")
            .When(own is null, "region", "Set your partnership's region first (PUT /api/programmes/region).")
            .When(c.PartnershipId == own?.PartnershipId, "partnershipId", "This partnership is in the region already.");
        return Decision.From(errors, () => Invited(own!.Region, invitations, c.PartnershipId!, own.PartnershipId, by, now));
    }

    /// <summary>Who invited a partnership the platform operator let in: never a partnership id, so never mistaken for one.</summary>
    public const string OperatorInvites = "the platform operator";

    private static Decision Invited(string region, RegionInvitations? invitations, string partnershipId, string invitedBy, Actor by, DateTimeOffset now) =>
        invitations?.Invited.Count >= MaxInvitations
            ? Decision.Refuse($"A region keeps {MaxInvitations} invitations at most.")
            : Decision.Accept(new PartnershipInvitedToRegion(region, partnershipId, invitedBy, by, now));

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
