using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.Notifications.Directory;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.Templates;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Notifications;

/// <summary>
/// What an integration event asks to tell a person: who (a role at the organisation it is about, or with no role the
/// partnership's coordinator), how urgently, where the link goes, and the values the kind's template shows.
/// A message to one named person (a digest) gives <c>To</c> instead of a role. A link that is a credential (to set a
/// password) works once until <c>OneTimeLinkUntil</c>: only the e-mail carries it, never the stored message.
/// </summary>
public sealed record NotificationRequest(
    NotificationKind Kind, Guid SourceEventId, Guid OrganisationId, ContactRole? Role, bool Urgent, string Link, IReadOnlyDictionary<string, string> Values,
    Recipient? To = null, DateTimeOffset? OneTimeLinkUntil = null)
{
    /// <summary>
    /// The organisation of a message about the partnership's own work (a review): only its staff see it. Not empty,
    /// which is what an agency user without an organisation is limited to, so that user sees nothing.
    /// </summary>
    public static readonly Guid Partnership = DeterministicGuid.Create("notification", "the partnership's own work");
}

/// <summary>How an attempt to hand a message to the mail server ended.</summary>
public abstract record DeliveryResult
{
    public sealed record Accepted : DeliveryResult;

    /// <summary>The server could not be reached or asked us to try later.</summary>
    public sealed record TryLater(string Error) : DeliveryResult;

    /// <summary>The server refused the message for good (a mailbox that does not exist).</summary>
    public sealed record Refused(string Error) : DeliveryResult;
}

public static class NotificationDecisions
{
    /// <summary>The longest wait between two attempts while the mail server is down.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>
    /// One notification per source event, kind and organisation (an invitation names several): a redelivered event finds
    /// it there and sends nothing twice.
    /// </summary>
    public static Guid IdFor(Guid sourceEventId, NotificationKind kind, Guid organisationId) =>
        DeterministicGuid.Create("notification", sourceEventId.ToString(), kind.ToString(), organisationId.ToString());

    /// <summary>What the stored message shows instead of a one-time link, which only the e-mail carries.</summary>
    public const string WithheldLink = "(a one-time link, sent only in the e-mail and not kept)";

    /// <summary>
    /// The message, in the partnership's words for its kind, for the organisation's contact in the role; or, with nobody
    /// in the role, a record of who is missing. A message that can wait, to someone who reads a daily digest, waits for it;
    /// one with a one-time link never does, and is recorded without the link.
    /// </summary>
    public static NotificationQueued Queue(
        NotificationRequest request, MessageTemplate template, KnownOrganisation? organisation, OrganisationContacts? contacts, NotificationSettings settings,
        IReadOnlySet<string> digestReaders, DateTimeOffset now)
    {
        var name = NameOf(request, organisation);
        var recipient = request.To ?? (request.Role is { } role
            ? contacts?.Contacts.FirstOrDefault(c => c.Role == role) is { } contact ? new Recipient(contact.Name, contact.Email) : null
            : settings.CoordinatorEmail is { } mailbox ? new Recipient(settings.CoordinatorName!, mailbox) : null);
        var missing = request.Role is { } wanted
            ? $"No contact for {RoleWords(wanted)} at {name}."
            : "No coordinator mailbox is set in the partnership's message settings.";
        var link = request.OneTimeLinkUntil is null ? request.Link : WithheldLink;
        return new NotificationQueued(
            IdFor(request.SourceEventId, request.Kind, request.OrganisationId), request.Kind, request.SourceEventId, request.OrganisationId, request.Role,
            recipient,
            recipient is null ? missing : null,
            template.Render(Values(request, name, recipient, link)), request.Urgent, link, Actor.System, now,
            !request.Urgent && request.OneTimeLinkUntil is null && request.Kind != NotificationKind.DailyDigest && recipient is not null
                && digestReaders.Contains(recipient.Email)
                ? NextDigest(now)
                : null);
    }

    /// <summary>The e-mail of a message with a one-time link, link and all: kept apart from its record, only until it is sent.</summary>
    public static OneTimeLink WithOneTimeLink(NotificationRequest request, NotificationQueued queued, MessageTemplate template, KnownOrganisation? organisation) =>
        new(queued.NotificationId, template.Render(Values(request, NameOf(request, organisation), queued.Recipient, request.Link)), request.OneTimeLinkUntil!.Value);

    private static string NameOf(NotificationRequest request, KnownOrganisation? organisation) =>
        organisation?.Name ?? (request.OrganisationId == NotificationRequest.Partnership ? "the partnership" : "An organisation no longer in the directory");

    private static Dictionary<string, string> Values(NotificationRequest request, string organisation, Recipient? recipient, string link) =>
        new(request.Values)
        {
            ["organisation"] = organisation,
            ["contact"] = recipient?.Name ?? "colleague",
            [MessageTemplate.Link] = link,
        };

    /// <summary>
    /// How long a message with nobody in its role waits for the directory to name someone: long enough for the coordinator,
    /// told who is missing, to add them; a message older than that is likely overtaken, and the coordinator passes it on.
    /// </summary>
    public static readonly TimeSpan WaitsForContact = TimeSpan.FromDays(14);

    /// <summary>A message that had nobody in its role, written lately, goes to the contact the directory now names in it.</summary>
    public static NotificationAddressed? Address(Notification held, OrganisationContacts contacts, DateTimeOffset now) =>
        held is { Recipient: null, Role: { } role } && now - held.QueuedAt <= WaitsForContact
            && contacts.Contacts.FirstOrDefault(c => c.Role == role) is { } contact
            ? new NotificationAddressed(held.Id, new Recipient(contact.Name, contact.Email), Actor.System, now)
            : null;

    /// <summary>
    /// A one-time link's e-mail goes while its link works; one the mail server could not take before then is not sent
    /// (the coordinator issues a new link).
    /// </summary>
    public static DeliveryResult? Expired(OneTimeLink? link, DateTimeOffset now) =>
        link is null ? new DeliveryResult.Refused("The one-time link is no longer held.")
        : now >= link.Until ? new DeliveryResult.Refused("The one-time link expired before the mail server took the message; issue a new one.")
        : null;

    /// <summary>A pass claims a message for longer than one attempt may take, so no other pass sends it meanwhile.</summary>
    public static DeliveryClaimed Claim(Notification notification, TimeSpan attemptTimeout, DateTimeOffset now) =>
        new(notification.Id, now + 2 * attemptTimeout, Actor.System, now);

    /// <summary>Sent; or tried again after a wait that doubles from ten seconds up to <see cref="LongestWait"/>; or, refused, never again.</summary>
    public static object AfterAttempt(Notification notification, DeliveryResult result, DateTimeOffset now)
    {
        var attempt = notification.Attempts.Count + 1;
        return result switch
        {
            DeliveryResult.Accepted => new NotificationSent(notification.Id, attempt, Actor.System, now),
            DeliveryResult.TryLater later => new DeliveryAttemptFailed(notification.Id, attempt, later.Error, now + Wait(attempt), Actor.System, now),
            DeliveryResult.Refused refused => new DeliveryAttemptFailed(notification.Id, attempt, refused.Error, null, Actor.System, now),
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
    }

    /// <summary>Daily digests go every morning at seven, UK time, so the day's work starts with them.</summary>
    public static readonly TimeOnly DigestTime = new(7, 0);

    /// <summary>The first digest after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now)
    {
        var local = UkTime.Local(now);
        return UkTime.At(DateOnly.FromDateTime(local).AddDays(TimeOnly.FromDateTime(local) >= DigestTime ? 1 : 0), DigestTime);
    }

    public static TimeSpan Wait(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(10 * Math.Pow(2, Math.Min(attempt, 20) - 1), LongestWait.TotalSeconds));

    public static string RoleWords(ContactRole role) => role switch
    {
        ContactRole.SafeguardingLead => "the safeguarding lead",
        ContactRole.DesignatedSafeguardingLead => "the designated safeguarding lead",
        ContactRole.Section11Lead => "the Section 11 lead",
        ContactRole.AuditContact => "the audit contact",
        ContactRole.HeadTeacher => "the head teacher",
        ContactRole.SafeguardingGovernor => "the safeguarding governor",
        ContactRole.TrainingContact => "the training contact",
        _ => role.ToString(),
    };
}
