using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Actions;

public static class ActionEndpoints
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actions").WithTags("Improvement actions");
        group.MapPost("/", RecordAction).RequireAuthorization(Policies.RecordActions);
        group.MapGet("/", ListActions).RequireAuthorization(Policies.ReadActions);
        group.MapGet("/{id:guid}", GetAction).RequireAuthorization(Policies.ReadActions);
        return app;
    }

    public static async Task<Results<Created<ImprovementAction>, ValidationProblem>> RecordAction(
        RecordImprovementAction command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = ActionDecisions.Validate(command, DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var recorded = ActionDecisions.Record(command, Guid.CreateVersion7(), user.ToActor(), now);
        return await StreamCommands.StartAsync<ImprovementAction>(session, recorded.ActionId, recorded, $"/api/actions/{recorded.ActionId}", response, cancellationToken);
    }

    public static async Task<Ok<IReadOnlyList<ImprovementAction>>> ListActions(
        IQuerySession session,
        Guid? ownerOrganisationId,
        CancellationToken cancellationToken)
    {
        var query = session.Query<ImprovementAction>().AsQueryable();
        if (ownerOrganisationId is not null)
        {
            query = query.Where(a => a.OwnerOrganisationId == ownerOrganisationId);
        }

        return TypedResults.Ok(await query.OrderBy(a => a.DueDate).ToListAsync(cancellationToken));
    }

    public static Task<Results<Ok<ImprovementAction>, NotFound>> GetAction(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<ImprovementAction>(session, id, response, cancellationToken);
}
