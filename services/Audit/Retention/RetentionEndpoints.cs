using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Retention;

public static class RetentionEndpoints
{
    public static IEndpointRouteBuilder MapRetentionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audits/retention").WithTags("Retention");
        group.MapGet("/", GetPeriods).RequireAuthorization(Policies.ReadAccessLog).Paged();
        group.MapPut("/", SetPeriods).RequireAuthorization(Policies.EraseCases);
        group.MapGet("/due", ListDue).RequireAuthorization(Policies.EraseCases).RecordsAccess("cases-due-for-erasure").Paged();
        group.MapPost("/erasures", EraseDue).RequireAuthorization(Policies.EraseCases);
        return app;
    }

    /// <summary>How long each kind of record is kept, in whole years: the partnership's own period, or the default.</summary>
    public static async Task<Ok<IReadOnlyList<KeptFor>>> GetPeriods(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(RetentionSchedule.Read(await session.LoadAsync<RetentionSchedule>(RetentionSchedule.IdFor(user.PartnershipId()), cancellationToken)));

    /// <summary>Set how long kinds of record are kept (1 to 100 years each); a kind not listed keeps its default.</summary>
    public static async Task<Results<Ok<IReadOnlyList<KeptFor>>, ValidationProblem, ProblemHttpResult>> SetPeriods(
        SetRetentionPeriods command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = RetentionSchedule.IdFor(user.PartnershipId());
        var current = await session.LoadAsync<RetentionSchedule>(id, cancellationToken);
        return await StreamCommands.CarryOutAsync(
            RetentionDecisions.Set(id, command, user.ToActor(), clock.GetUtcNow()),
            events => StreamCommands.StartOrAppendAsync<RetentionSchedule>(session, id, current, events, cancellationToken),
            async () => RetentionSchedule.Read(await session.LoadAsync<RetentionSchedule>(id, cancellationToken)));
    }

    /// <summary>The cases kept past the partnership's period for case material, from audits closed or cancelled that long ago.</summary>
    public static async Task<Ok<IReadOnlyList<DueCase>>> ListDue(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DueAsync(session, user, clock, cancellationToken));

    /// <summary>Erase the listed cases, each past its period: one erasure each, followed like any other (GET case-erasures).</summary>
    public static async Task<Results<Ok<IReadOnlyList<CaseErasureRequest>>, ValidationProblem, ProblemHttpResult>> EraseDue(
        EraseDueCases command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var decision = RetentionDecisions.Erase(command, await DueAsync(session, user, clock, cancellationToken), Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow());
        var erasures = decision is Decision.Accepted accepted ? accepted.Events.Cast<CaseErasureRequested>().Select(e => e.ErasureId).ToList() : [];
        return await StreamCommands.CarryOutAsync(
            decision,
            async events =>
            {
                foreach (var requested in events.Cast<CaseErasureRequested>())
                {
                    session.Events.StartStream<CaseErasureRequest>(requested.ErasureId, requested);
                }

                await session.SaveChangesAsync(cancellationToken);
            },
            async () => (IReadOnlyList<CaseErasureRequest>)[.. await session.LoadManyAsync<CaseErasureRequest>(cancellationToken, erasures)]);
    }

    private static Task<IReadOnlyList<DueCase>> DueAsync(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        DueAsync(session, RetentionSchedule.IdFor(user.PartnershipId()), clock.GetUtcNow(), cancellationToken);

    /// <summary>The cases due in the session's partnership, whose schedule has the given id.</summary>
    internal static async Task<IReadOnlyList<DueCase>> DueAsync(IQuerySession session, Guid scheduleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ended = await session.Query<MultiAgencyAudit>().Where(a => a.Stage == AuditStage.Closed || a.Stage == AuditStage.Cancelled).ToListAsync(cancellationToken);
        var erased = await session.Query<CaseErasureRequest>().Select(r => r.ErasedAs).ToListAsync(cancellationToken);
        var schedule = await session.LoadAsync<RetentionSchedule>(scheduleId, cancellationToken);
        return RetentionDecisions.Due(ended, schedule, erased.ToHashSet(), DateOnly.FromDateTime(now.UtcDateTime));
    }
}
