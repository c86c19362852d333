using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notifications.Preferences;

public sealed record ChooseDelivery([Required] DeliveryChoice? Choice);

/// <summary>The signed-in person's own choice, for the work address their account has.</summary>
public sealed record MyDelivery(string Email, DeliveryChoice Choice);

/// <summary>Each person chooses, for their own address, whether messages that can wait come one by one or in a daily digest.</summary>
public static class PreferenceEndpoints
{
    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/preferences/me").WithTags("Message preferences").RequireAuthorization(Policies.ReadNotifications);
        group.MapGet("/", GetMine);
        group.MapPut("/", ChooseMine);
        return app;
    }

    /// <summary>How non-urgent messages to your work address reach you: each one at once (the default) or in one e-mail a day.</summary>
    public static async Task<Results<Ok<MyDelivery>, ProblemHttpResult>> GetMine(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.EmailAddress() is { } email
            ? TypedResults.Ok(new MyDelivery(email, (await PreferenceOf(session, user.PartnershipId(), email, cancellationToken))?.Choice ?? DeliveryChoice.EachMessage))
            : NoAddress();

    /// <summary>Choose EachMessage or DailyDigest for messages that can wait; urgent messages (an immediate concern) always go at once.</summary>
    public static async Task<Results<Ok<MyDelivery>, ValidationProblem, ProblemHttpResult>> ChooseMine(
        ChooseDelivery command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.EmailAddress() is not { } email)
        {
            return NoAddress();
        }

        var id = DeliveryPreference.IdFor(user.PartnershipId(), email);
        var current = await session.LoadAsync<DeliveryPreference>(id, cancellationToken);
        return await StreamCommands.CarryOutAsync(
            Decision.From(new ValidationErrors().Check(command), () => Decision.Accept(new DeliveryChosen(id, email, command.Choice!.Value, user.ToActor(), clock.GetUtcNow()))),
            events => StreamCommands.StartOrAppendAsync<DeliveryPreference>(session, id, current, events, cancellationToken),
            () => Task.FromResult(new MyDelivery(email, command.Choice!.Value)));
    }

    public static Task<DeliveryPreference?> PreferenceOf(IQuerySession session, string partnershipId, string email, CancellationToken cancellationToken) =>
        session.LoadAsync<DeliveryPreference>(DeliveryPreference.IdFor(partnershipId, email), cancellationToken);

    private static ProblemHttpResult NoAddress() =>
        TypedResults.Problem("Only a person's own account, which has a work email address, can choose how messages reach it.", statusCode: StatusCodes.Status409Conflict);
}
