using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notifications.Accounts;

/// <summary>
/// The Identity service's request to e-mail a member of staff the one-time link to set their password. The request id is
/// Identity's own, so a request it repeats (a retried call) sends one e-mail.
/// </summary>
public sealed record SendPasswordLink(
    [Required] Guid? RequestId,
    [Required] Guid? OrganisationId,
    [Required, StringLength(100)] string? Name,
    [Required, StringLength(254), EmailAddress] string? Email,
    [Required, StringLength(PasswordLinkEndpoints.MaxLinkLength)] string? Link,
    [Required, DateWindow(From = DateBound.Today, Because = "the link stops working then, within 7 days")] DateTimeOffset? Until,
    bool NewAccount);

public sealed record PasswordLinkQueued(Guid NotificationId);

/// <summary>
/// Password links reach their person by e-mail and nobody else: only the Identity service may ask (its own short-lived
/// token carries a role no person or partner system can hold), so no one can send mail to an address of their choosing.
/// </summary>
public static class PasswordLinkEndpoints
{
    public const int MaxLinkLength = 2000;

    /// <summary>The longest a link may work: Identity's links work for a day.</summary>
    public static readonly TimeSpan LongestLife = TimeSpan.FromDays(7);

    public static IEndpointRouteBuilder MapPasswordLinksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/notifications/password-links", SendPasswordLinkEmail).WithTags("Password links").RequireAuthorization(Policies.SendPasswordLinks);
        return app;
    }

    /// <summary>
    /// For the Identity service only: e-mail the person their one-time link to set a password. The record of the message
    /// never holds the link; the e-mail is its only copy.
    /// </summary>
    public static async Task<Results<Accepted<PasswordLinkQueued>, ValidationProblem>> SendPasswordLinkEmail(
        SendPasswordLink command, Notify notify, ClaimsPrincipal caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors().Check(command, DateOnly.FromDateTime(now.UtcDateTime));
        errors.When(command.Link is not null && !(Uri.TryCreate(command.Link, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"), "link", "link is an absolute http or https address.")
            .When(!errors.Names("until") && command.Until is { } until && (until <= now || until > now + LongestLife), "until", "until is when the link stops working: in the future, and within 7 days.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var kind = command.NewAccount ? NotificationKind.AccountCreated : NotificationKind.PasswordReset;
        var request = new NotificationRequest(
            kind, command.RequestId!.Value, command.OrganisationId!.Value, null, false, command.Link!,
            new Dictionary<string, string> { ["expires"] = MessageWords.LongDateAndTime(command.Until!.Value) },
            new Recipient(command.Name!.Trim(), command.Email!.Trim()), command.Until);
        await notify.OnceAsync(caller.PartnershipId(), request, cancellationToken);
        var id = NotificationDecisions.IdFor(request.SourceEventId, kind, request.OrganisationId);
        return TypedResults.Accepted($"/api/notifications/{id}", new PasswordLinkQueued(id));
    }
}
