using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audits").WithTags("Multi-agency audits").RequireAuthorization(Policies.ReadAudits);
        group.MapGet("/", ListAudits);
        group.MapGet("/{id:guid}", GetAudit);
        group.MapGet("/{id:guid}/history", GetAuditHistory);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<MultiAgencyAudit>>> ListAudits(IQuerySession session, int? year, CancellationToken cancellationToken)
    {
        var query = session.Query<MultiAgencyAudit>().AsQueryable();
        if (year is not null)
        {
            query = query.Where(a => a.Year == year);
        }

        return TypedResults.Ok(await query.OrderBy(a => a.Year).ThenBy(a => a.Quarter).ToListAsync(cancellationToken));
    }

    public static Task<Results<Ok<MultiAgencyAudit>, NotFound>> GetAudit(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<MultiAgencyAudit>(session, id, response, cancellationToken);

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound>> GetAuditHistory(
        Guid id,
        IQuerySession session,
        CancellationToken cancellationToken) =>
        await StreamHistory.ReadAsync(session, id, cancellationToken) is { } history
            ? TypedResults.Ok(history)
            : TypedResults.NotFound();
}
