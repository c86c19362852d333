using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Digests;

/// <summary>What a digest says: a line per message (its subject) with its link, never more of the message.</summary>
public static class DailyDigests
{
    /// <summary>The digest of one person's messages held for one morning: one request, keyed by the address and the morning.</summary>
    public static NotificationRequest For(Recipient recipient, DateTimeOffset digestAt, IReadOnlyList<Notification> held, string link) => new(
        NotificationKind.DailyDigest,
        DigestId(recipient.Email, digestAt),
        held.Select(n => n.OrganisationId).Distinct().ToList() is [var only] ? only : NotificationRequest.Partnership,
        null, false, link,
        new Dictionary<string, string>
        {
            ["count"] = MessageWords.Number(held.Count),
            ["day"] = MessageWords.LongDate(DateOnly.FromDateTime(UkTime.Local(digestAt))),
            ["messages"] = string.Join("\n\n", held.OrderBy(n => n.QueuedAt).Select(n => $"{n.Message.Subject}\n{n.Link}")),
        },
        recipient);

    public static Guid DigestId(string email, DateTimeOffset digestAt) =>
        ServiceDefaults.DeterministicGuid.Create("daily-digest", email, digestAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
}
