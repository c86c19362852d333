using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Cycles;

public static class CycleEndpoints
{
    /// <summary>The base path of each kind of cycle: agencies' Section 11 and schools' Section 175 share one service.</summary>
    public static string PathOf(SelfAssessmentKind kind) => kind == SelfAssessmentKind.Section175 ? "/api/section175/cycles" : "/api/section11/cycles";

    public static IEndpointRouteBuilder MapSection11Api(this IEndpointRouteBuilder app)
    {
        var section11 = app.MapGroup(PathOf(SelfAssessmentKind.Section11)).WithTags("Section 11 cycles").OnlyCyclesOf(SelfAssessmentKind.Section11);
        section11.MapPost("/", OpenSection11Cycle).RequireAuthorization(Policies.RunSection11);
        section11.MapGet("/", ListSection11Cycles).RequireAuthorization(Policies.ReadSection11).Paged();
        var section175 = app.MapGroup(PathOf(SelfAssessmentKind.Section175)).WithTags("Section 175 cycles").OnlyCyclesOf(SelfAssessmentKind.Section175);
        section175.MapPost("/", OpenSection175Cycle).RequireAuthorization(Policies.RunSection11);
        section175.MapGet("/", ListSection175Cycles).RequireAuthorization(Policies.ReadSection11).Paged();
        foreach (var group in new[] { section11, section175 })
        {
            group.MapGet("/{id:guid}", GetCycle).RequireAuthorization(Policies.ReadSection11);
        }

        return app;
    }

    /// <summary>Open a Section 11 cycle for a year with its deadline, framework and scoring scheme.</summary>
    public static Task<Results<Created<Section11Cycle>, ValidationProblem>> OpenSection11Cycle(
        OpenSection11Cycle command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        OpenCycle(SelfAssessmentKind.Section11, command, session, user, clock, response, cancellationToken);

    /// <summary>Open a Section 175 (schools) cycle for a year with its deadline, framework and scoring scheme.</summary>
    public static Task<Results<Created<Section11Cycle>, ValidationProblem>> OpenSection175Cycle(
        OpenSection11Cycle command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        OpenCycle(SelfAssessmentKind.Section175, command, session, user, clock, response, cancellationToken);

    /// <summary>The partnership's Section 11 cycles.</summary>
    public static Task<Ok<IReadOnlyList<Section11Cycle>>> ListSection11Cycles(IQuerySession session, CancellationToken cancellationToken) =>
        ListCycles(SelfAssessmentKind.Section11, session, cancellationToken);

    /// <summary>The partnership's Section 175 cycles.</summary>
    public static Task<Ok<IReadOnlyList<Section11Cycle>>> ListSection175Cycles(IQuerySession session, CancellationToken cancellationToken) =>
        ListCycles(SelfAssessmentKind.Section175, session, cancellationToken);

    private static async Task<Results<Created<Section11Cycle>, ValidationProblem>> OpenCycle(
        SelfAssessmentKind kind, OpenSection11Cycle command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = CycleDecisions.Validate(command, DateOnly.FromDateTime(now.UtcDateTime), kind);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var opened = CycleDecisions.Open(user.PartnershipId(), command, user.ToActor(), now, kind);
        return await StreamCommands.StartAsync<Section11Cycle>(session, opened.CycleId, opened, $"{PathOf(kind)}/{opened.CycleId}", response, cancellationToken);
    }

    private static async Task<Ok<IReadOnlyList<Section11Cycle>>> ListCycles(SelfAssessmentKind kind, IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await session.Query<Section11Cycle>().Where(c => c.Framework.Kind == kind).OrderByDescending(c => c.Year).ToListAsync(cancellationToken));

    /// <summary>One cycle: its framework, scoring scheme and deadline.</summary>
    public static Task<Results<Ok<Section11Cycle>, NotFound>> GetCycle(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<Section11Cycle>(session, id, response, cancellationToken);
}
