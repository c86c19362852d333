using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Notifications;

public enum NotificationStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Queued,
    Sent,

    /// <summary>The mail server refused it for good: the coordinator must act.</summary>
    Failed,

    /// <summary>The organisation names nobody in the role: the coordinator must add the contact.</summary>
    NoRecipient,

    /// <summary>Waiting for the recipient's daily digest.</summary>
    HeldForDigest,

    /// <summary>Gathered into the recipient's daily digest, which is delivered as a message of its own.</summary>
    InDigest,
}

public sealed record DeliveryAttempt(
    int Number,
    DateTimeOffset At,
    [PersonalData(PersonalData.WorkContact, "The mail server's answer: it may quote the address it refused.")] string? Error);

/// <summary>One message to one person, kept inline as its read model: what was sent, to whom, and every attempt.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record Notification(
    Guid Id,
    NotificationKind Kind,
    Guid SourceEventId,
    Guid OrganisationId,
    ContactRole? Role,
    Recipient? Recipient,
    [NotPersonal("Which role the organisation had nobody in.")] string? NoRecipient,
    RenderedMessage Message,
    bool Urgent,
    [NotPersonal("The page the message links to, by id.")] string Link,
    DateTimeOffset QueuedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>Messages are kept by when they were queued: past the partnership's period, each goes with its whole history.</summary>
    public static readonly IRetainedRecords Retained = new StreamRecords<Notification>(RecordKind.Notifications, before => n => n.QueuedAt < before, n => n.Id);

    public IReadOnlyList<DeliveryAttempt> Attempts { get; init; } = [];

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When the next attempt is due; none once it was sent, failed for good, or has nobody to go to.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public bool FailedForGood { get; init; }

    /// <summary>The digest this message waits for; none once it is in one, or when it goes on its own.</summary>
    public DateTimeOffset? DigestAt { get; init; }

    /// <summary>The daily digest that carried this message.</summary>
    public Guid? DigestId { get; init; }

    /// <summary>Its link is a credential that only the e-mail carries (see <see cref="OneTimeLink"/>).</summary>
    public bool HasOneTimeLink => Link == NotificationDecisions.WithheldLink;

    public NotificationStatus Status => this switch
    {
        { Recipient: null } => NotificationStatus.NoRecipient,
        { DigestId: not null } => NotificationStatus.InDigest,
        { DigestAt: not null } => NotificationStatus.HeldForDigest,
        { SentAt: not null } => NotificationStatus.Sent,
        { FailedForGood: true } => NotificationStatus.Failed,
        _ => NotificationStatus.Queued,
    };

    public static Notification Create(NotificationQueued queued) =>
        new(queued.NotificationId, queued.Kind, queued.SourceEventId, queued.OrganisationId, queued.Role, queued.Recipient, queued.NoRecipient,
            queued.Message, queued.Urgent, queued.Link, queued.At)
        {
            NextAttemptAt = queued.Recipient is null || queued.DigestAt is not null ? null : queued.At,
            DigestAt = queued.Recipient is null ? null : queued.DigestAt,
        };

    /// <summary>Sent on its own at once, even to a digest reader: it is late already.</summary>
    public Notification Apply(NotificationAddressed addressed) =>
        this with { Recipient = addressed.Recipient, NoRecipient = null, NextAttemptAt = addressed.At };

    public Notification Apply(NotificationDigested digested) => this with { DigestId = digested.DigestId, DigestAt = null };

    public Notification Apply(DeliveryClaimed claimed) => this with { NextAttemptAt = claimed.Until };

    public Notification Apply(NotificationSent sent) =>
        this with { SentAt = sent.At, NextAttemptAt = null, Attempts = [.. Attempts, new DeliveryAttempt(sent.Attempt, sent.At, null)] };

    public Notification Apply(DeliveryAttemptFailed failed) =>
        this with
        {
            NextAttemptAt = failed.RetryAt,
            FailedForGood = failed.RetryAt is null,
            Attempts = [.. Attempts, new DeliveryAttempt(failed.Attempt, failed.At, failed.Error)],
        };
}
