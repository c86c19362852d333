using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Settings;

/// <summary>The partnership's message settings: the coordinator's mailbox and how long a concern or late returns may wait.</summary>
public static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/settings").WithTags("Message settings").RequireAuthorization(Policies.ManageNotifications);
        group.MapGet("/", GetSettings);
        group.MapPut("/", ChangeSettings);
        return app;
    }

    /// <summary>The coordinator's mailbox for escalations, and the working days an immediate concern or late returns may wait.</summary>
    public static async Task<Ok<NotificationSettings>> GetSettings(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await SettingsOf(session, user.PartnershipId(), cancellationToken));

    /// <summary>
    /// Name the coordinator's mailbox, the target (1 to 5 working days) for acknowledging an immediate concern, and the
    /// working days (1 to 10) after the reminder before late audit returns go to the agency's safeguarding lead.
    /// </summary>
    public static async Task<Results<Ok<NotificationSettings>, ValidationProblem, ProblemHttpResult>> ChangeSettings(
        ChangeNotificationSettings command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = NotificationSettings.IdFor(user.PartnershipId());
        var current = await session.LoadAsync<NotificationSettings>(id, cancellationToken);
        return await StreamCommands.CarryOutAsync(
            SettingsDecisions.Change(id, command, user.ToActor(), clock.GetUtcNow()),
            events => StreamCommands.StartOrAppendAsync<NotificationSettings>(session, id, current, events, cancellationToken),
            () => SettingsOf(session, user.PartnershipId(), cancellationToken));
    }

    public static async Task<NotificationSettings> SettingsOf(IQuerySession session, string partnershipId, CancellationToken cancellationToken) =>
        await session.LoadAsync<NotificationSettings>(NotificationSettings.IdFor(partnershipId), cancellationToken) ?? NotificationSettings.Defaults(partnershipId);
}
