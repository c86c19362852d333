using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Erasure;

public static class CaseErasureEndpoints
{
    public static IEndpointRouteBuilder MapCaseErasureApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audits/case-erasures").WithTags("Case erasure");
        group.MapPost("/", RequestErasure).RequireAuthorization(Policies.EraseCases);
        group.MapGet("/", ListErasures).RequireAuthorization(Policies.ReadAccessLog).Paged();
        group.MapGet("/{id:guid}", GetErasure).RequireAuthorization(Policies.ReadAccessLog);
        return app;
    }

    /// <summary>
    /// Erase a case, by its key, from every service: its text and profile are masked wherever they are stored, its key
    /// replaced, its counts kept. Answers at once; each service's confirmation follows (GET the erasure).
    /// </summary>
    public static Task<Results<Created<CaseErasureRequest>, ValidationProblem>> RequestErasure(
        RequestCaseErasure command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return StreamCommands.StartAcceptedAsync<CaseErasureRequest>(
            session, id, CaseErasureDecisions.Request(command, id, user.ToActor(), clock.GetUtcNow()), $"/api/audits/case-erasures/{id}", response, cancellationToken);
    }

    /// <summary>The partnership's case erasures, newest first, each with the services that confirmed it and those still to.</summary>
    public static async Task<Ok<IReadOnlyList<CaseErasureRequest>>> ListErasures(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<CaseErasureRequest>>(await session.Query<CaseErasureRequest>().OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken));

    /// <summary>One erasure: which services have confirmed it (with how much each masked) and which have not yet.</summary>
    public static Task<Results<Ok<CaseErasureRequest>, NotFound>> GetErasure(Guid id, IQuerySession session, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<CaseErasureRequest>(session, id, response, cancellationToken);
}
