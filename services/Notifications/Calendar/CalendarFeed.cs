using System.Security.Cryptography;
using System.Text;
using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Calendar;

/// <summary>
/// A feed was made: the partnership's deadlines, or one organisation's. Only a hash of its secret is kept, so nothing
/// stored can open it; the secret itself is shown once, to whoever made it.
/// </summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record CalendarFeedCreated(
    Guid FeedId,
    Guid? OrganisationId,
    [NotPersonal("A hash of the feed's secret address, never the secret.")] string SecretHash,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The feed's address stops working: a calendar subscribed to it gets nothing more.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record CalendarFeedRevoked(Guid FeedId, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record CalendarFeed(
    Guid Id,
    Guid? OrganisationId,
    [NotPersonal("A hash of the feed's secret address, never the secret.")] string SecretHash,
    [PersonalData(PersonalData.StaffAccount)] string CreatedBy,
    DateTimeOffset CreatedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    public DateTimeOffset? RevokedAt { get; init; }

    public static CalendarFeed Create(CalendarFeedCreated created) =>
        new(created.FeedId, created.OrganisationId, created.SecretHash, created.By.Id, created.At);

    public CalendarFeed Apply(CalendarFeedRevoked revoked) => this with { RevokedAt = revoked.At };

    /// <summary>A new secret: 32 random bytes, as letters and digits an address can carry.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
