using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Calendar;

public sealed record SetClosureDays([MaxLength(100)] IReadOnlyList<ClosureDay>? Closures);

/// <summary>The working-day calendar every statutory deadline is computed on: bank holidays, and the partnership's closure days.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reviews/calendar").WithTags("Working-day calendar");
        group.MapGet("/", GetCalendar).RequireAuthorization(Policies.ReadActions).Paged();
        group.MapPut("/closures", SetClosures).RequireAuthorization(Policies.ManageReviews);
        return app;
    }

    public sealed record NonWorkingDay(DateOnly Date, string Reason);

    /// <summary>Every non-working day in a range (at most a year), with its reason.</summary>
    public static async Task<Results<Ok<IReadOnlyList<NonWorkingDay>>, ValidationProblem>> GetCalendar(
        DateOnly from, DateOnly to, IQuerySession session, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(to < from, "to", "to must not be before from.")
            .When(to.DayNumber - from.DayNumber > 366, "to", "Ask for at most a year at a time.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<NonWorkingDay>>(
        [
            .. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
                .Select(d => (Day: d, Reason: calendar.NonWorkingReason(d)))
                .Where(d => d.Reason is not null)
                .Select(d => new NonWorkingDay(d.Day, d.Reason!)),
        ]);
    }

    /// <summary>Set the partnership's closure days, which statutory review deadlines, overdue actions and chasing do not count.</summary>
    public static async Task<Results<Ok<PartnershipCalendar>, ValidationProblem, ProblemHttpResult>> SetClosures(
        SetClosureDays command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = PartnershipCalendar.IdFor(user.PartnershipId());
        var current = await session.LoadAsync<PartnershipCalendar>(id, cancellationToken);
        return await StreamCommands.CarryOutAsync(
            CalendarDecisions.SetClosures(id, command, user.ToActor(), clock.GetUtcNow()),
            events => StreamCommands.StartOrAppendAsync<PartnershipCalendar>(session, id, current, events, cancellationToken),
            async () => (await session.LoadAsync<PartnershipCalendar>(id, cancellationToken))!);
    }
}
