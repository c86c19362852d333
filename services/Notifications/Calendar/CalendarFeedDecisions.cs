using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notifications.Calendar;

/// <summary>For the partnership's deadlines (no organisation) or one organisation's.</summary>
public sealed record CreateCalendarFeed(Guid? OrganisationId = null);

public static class CalendarFeedDecisions
{
    /// <summary>Feeds one partnership may have at once: enough for every organisation several times over.</summary>
    public const int MaxFeeds = 500;

    /// <summary>
    /// The partnership's staff make a feed for the partnership or any organisation in its directory; an organisation's
    /// people only for their own organisation.
    /// </summary>
    public static Decision Create(
        CreateCalendarFeed c, bool partnershipStaff, Guid? ownOrganisation, IReadOnlySet<Guid> directory, int feeds, Guid feedId, string secret, Actor by, DateTimeOffset now) =>
        !partnershipStaff && (c.OrganisationId is null || c.OrganisationId != ownOrganisation)
            ? Decision.Forbid("An organisation's people make calendar feeds for their own organisation only.")
            : Decision.From(
                new ValidationErrors().When(c.OrganisationId is { } o && !directory.Contains(o), "organisationId", "organisationId is not an organisation in the partnership's directory."),
                () => feeds >= MaxFeeds
                    ? Decision.Refuse($"The partnership has {MaxFeeds} calendar feeds, the most it may have: revoke one first.")
                    : Decision.Accept(new CalendarFeedCreated(feedId, c.OrganisationId, CalendarFeed.Hash(secret), by, now)));

    public static Decision Revoke(CalendarFeed feed, bool partnershipStaff, Guid? ownOrganisation, Actor by, DateTimeOffset now) =>
        !partnershipStaff && feed.OrganisationId != ownOrganisation ? Decision.Forbid("Only the organisation's own feeds are theirs to revoke.")
        : feed.RevokedAt is not null ? Decision.Refuse("The feed is already revoked.")
        : Decision.Accept(new CalendarFeedRevoked(feed.Id, by, now));
}
