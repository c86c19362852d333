using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Priorities;

/// <summary>Priorities are the coordinator's planning material: they read and decide them; the published programme is for everyone.</summary>
public static class PriorityEndpoints
{
    public static IEndpointRouteBuilder MapPrioritiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes/priorities").WithTags("Priorities").RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/", RecordPriority);
        group.MapGet("/", ListPriorities).Paged();
        group.MapGet("/{id:guid}", GetPriority);
        group.MapPost("/{id:guid}/accept", AcceptPriority);
        group.MapPost("/{id:guid}/dismiss", DismissPriority);
        return app;
    }

    /// <summary>Record a priority the programme should answer, with its route and source.</summary>
    public static async Task<Results<Created<Priority>, ValidationProblem>> RecordPriority(
        RecordPriority command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = PriorityDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var recorded = new PriorityRecorded(Guid.CreateVersion7(), PriorityDecisions.Details(command), user.ToActor(), clock.GetUtcNow());
        return await StreamCommands.StartAsync<Priority>(session, recorded.PriorityId, recorded, $"/api/programmes/priorities/{recorded.PriorityId}", response, cancellationToken);
    }

    /// <summary>Candidate and accepted priorities, with where each came from.</summary>
    public static async Task<Ok<IReadOnlyList<Priority>>> ListPriorities(IQuerySession session, PriorityStatus? status, CancellationToken cancellationToken)
    {
        var query = session.Query<Priority>().AsQueryable();
        if (status is not null)
        {
            query = query.Where(p => p.Status == status);
        }

        return TypedResults.Ok(await query.OrderByDescending(p => p.RecordedAt).ToListAsync(cancellationToken));
    }

    /// <summary>One priority with its source and decision.</summary>
    public static Task<Results<Ok<Priority>, NotFound>> GetPriority(Guid id, IQuerySession session, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<Priority>(session, id, response, cancellationToken);

    /// <summary>Accept a candidate priority: it now counts for the programme.</summary>
    public static Task<Results<Ok<Priority>, ValidationProblem, NotFound, ProblemHttpResult>> AcceptPriority(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Priority, Priority>(
            session, id, http, priority => PriorityDecisions.Accept(priority, user.ToActor(), clock.GetUtcNow()), priority => priority, cancellationToken);

    /// <summary>Dismiss a candidate priority, with the reason.</summary>
    public static Task<Results<Ok<Priority>, ValidationProblem, NotFound, ProblemHttpResult>> DismissPriority(
        Guid id, DismissPriority command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Priority, Priority>(
            session, id, http, priority => PriorityDecisions.Dismiss(priority, command, user.ToActor(), clock.GetUtcNow()), priority => priority, cancellationToken);
}
