using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Access;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Notifications;

/// <summary>A notification in a list: to whom, about what, and how its delivery stands (the message itself is on its own page).</summary>
public sealed record NotificationSummary(
    Guid Id, NotificationKind Kind, NotificationStatus Status, Guid OrganisationId, ContactRole? Role, string? RecipientEmail, string? NoRecipient,
    string Subject, bool Urgent, DateTimeOffset QueuedAt, DateTimeOffset? SentAt, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DigestAt, Guid? DigestId)
{
    public static NotificationSummary Of(Notification n) =>
        new(n.Id, n.Kind, n.Status, n.OrganisationId, n.Role, n.Recipient?.Email, n.NoRecipient, n.Message.Subject, n.Urgent, n.QueuedAt, n.SentAt,
            n.Attempts.Count, n.Attempts is [.., var last] ? last.Error : null, n.NextAttemptAt, n.DigestAt, n.DigestId);
}

/// <summary>
/// What was sent: the partnership's coordinators and administrators see every message, an organisation its own. Each
/// names a person and their address, so every read is in the access log.
/// </summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");
        group.MapGet("/", ListNotifications).RequireAuthorization(Policies.ReadNotifications).RecordsAccess("notifications").Paged();
        group.MapGet("/{id:guid}", GetNotification).RequireAuthorization(Policies.ReadNotifications).RecordsAccess("notification");
        return app;
    }

    /// <summary>Notifications, newest first, optionally by status or organisation; an organisation's users see only their own.</summary>
    public static async Task<Ok<IReadOnlyList<NotificationSummary>>> ListNotifications(
        IQuerySession session, ClaimsPrincipal user, NotificationStatus? status, Guid? organisationId, CancellationToken cancellationToken)
    {
        var own = OwnOrganisation(user);
        var notifications = await session.Query<Notification>()
            .Where(n => own == null || n.OrganisationId == own)
            .Where(n => organisationId == null || n.OrganisationId == organisationId)
            .OrderByDescending(n => n.QueuedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<NotificationSummary>>([.. notifications.Where(n => status is null || n.Status == status).Select(NotificationSummary.Of)]);
    }

    /// <summary>One notification: its recipient, the message as sent (subject, text, HTML) and every delivery attempt.</summary>
    public static async Task<Results<Ok<Notification>, NotFound>> GetNotification(
        Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await session.LoadAsync<Notification>(id, cancellationToken) is { } notification && OwnOrganisation(user) is var own && (own is null || own == notification.OrganisationId)
            ? TypedResults.Ok(notification)
            : TypedResults.NotFound();

    /// <summary>The organisation an agency's user or system is limited to; none for the partnership's own staff.</summary>
    public static Guid? OwnOrganisation(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin) ? null : user.OrganisationId() ?? Guid.Empty;
}
