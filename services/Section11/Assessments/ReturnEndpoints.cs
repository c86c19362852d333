using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>The coordinator's view of who has returned, and the chasing of those who have not.</summary>
public static class ReturnEndpoints
{
    public static IEndpointRouteBuilder MapReturnsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<SelfAssessmentKind>())
        {
            var group = app.MapGroup(CycleEndpoints.PathOf(kind) + "/{cycleId:guid}").WithTags("Returns").OnlyCyclesOf(kind);
            group.MapGet("/returns", ListReturns).RequireAuthorization(Policies.RunSection11).Paged();
            group.MapPost("/reminders", SendReminders).RequireAuthorization(Policies.RunSection11);
        }

        return app;
    }

    /// <summary>The cycle's returns: each invited organisation and where its self-assessment stands.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ReturnStatus>>, NotFound>> ListReturns(
        Guid cycleId, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
        await session.LoadAsync<Section11Cycle>(cycleId, cancellationToken) is { } cycle
            ? TypedResults.Ok(await ReturnsOf(cycle, session, clock, cancellationToken))
            : TypedResults.NotFound();

    /// <summary>Each reminder lands on its organisation's assessment stream, all in one transaction.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ReturnStatus>>, ValidationProblem, NotFound, ProblemHttpResult>> SendReminders(
        Guid cycleId, SendReminders command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Section11Cycle>(cycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        var assessments = await session.Query<Assessment>().Where(a => a.CycleId == cycleId).ToListAsync(cancellationToken);
        switch (ReturnTracking.Remind(cycle, assessments, command, user.ToActor(), clock.GetUtcNow()))
        {
            case Decision.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case Decision.NotAllowed notAllowed:
                return StreamCommands.NotAllowed(notAllowed.Reason);
            case Decision.Accepted accepted:
                foreach (var reminder in accepted.Events.Cast<ReturnReminderSent>())
                {
                    session.Events.Append(reminder.AssessmentId, reminder);
                }

                await session.SaveChangesAsync(cancellationToken);
                break;
        }

        return TypedResults.Ok(await ReturnsOf(cycle, session, clock, cancellationToken));
    }

    private static async Task<IReadOnlyList<ReturnStatus>> ReturnsOf(Section11Cycle cycle, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var assessments = await session.Query<Assessment>().Where(a => a.CycleId == cycle.Id).ToListAsync(cancellationToken);
        return ReturnTracking.For(cycle, assessments, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
