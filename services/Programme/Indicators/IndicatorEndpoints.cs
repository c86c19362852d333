using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Indicators;

public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes/indicators").WithTags("Performance indicators");
        group.MapPost("/", DefineIndicator).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/", ListIndicators).RequireAuthorization(Policies.ReadProgramme).Paged();
        group.MapGet("/{id:guid}", GetIndicator).RequireAuthorization(Policies.ReadProgramme);
        group.MapPost("/{id:guid}/values", RecordValue).RequireAuthorization(Policies.ManageProgramme);
        return app;
    }

    /// <summary>Define a performance indicator the partnership tracks.</summary>
    public static async Task<Results<Created<PerformanceIndicator>, ValidationProblem>> DefineIndicator(
        DefineIndicator command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = IndicatorDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var defined = new IndicatorDefined(Guid.CreateVersion7(), IndicatorDecisions.Definition(command), user.ToActor(), clock.GetUtcNow());
        return await StreamCommands.StartAsync<PerformanceIndicator>(
            session, defined.IndicatorId, defined, $"/api/programmes/indicators/{defined.IndicatorId}", response, cancellationToken);
    }

    /// <summary>The partnership's performance indicators.</summary>
    public static async Task<Ok<IReadOnlyList<PerformanceIndicator>>> ListIndicators(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await session.Query<PerformanceIndicator>().OrderBy(i => i.Definition.Name).ToListAsync(cancellationToken));

    /// <summary>One performance indicator with its values by period.</summary>
    public static Task<Results<Ok<PerformanceIndicator>, NotFound>> GetIndicator(Guid id, IQuerySession session, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<PerformanceIndicator>(session, id, response, cancellationToken);

    /// <summary>
    /// The value joins the indicator's stream; a concern it raises starts a candidate priority's stream in the same
    /// transaction. A corrected value for a period that already raised one does not raise it twice.
    /// </summary>
    public static async Task<Results<Ok<PerformanceIndicator>, ValidationProblem, NotFound, ProblemHttpResult>> RecordValue(
        Guid id, RecordIndicatorValue command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var existing = command.Period is null ? null : await session.Events.FetchStreamStateAsync(IndicatorDecisions.CandidateIdFor(id, command.Period), cancellationToken);
        return await StreamCommands.ExecuteAsync<PerformanceIndicator, PerformanceIndicator>(
            session,
            id,
            http,
            indicator =>
            {
                var decision = IndicatorDecisions.Record(indicator, command, user.ToActor(), clock.GetUtcNow());
                if (decision is not Decision.Accepted accepted)
                {
                    return decision;
                }

                foreach (var candidate in accepted.Events.OfType<PriorityProposed>().Where(_ => existing is null))
                {
                    session.Events.StartStream<Priority>(candidate.PriorityId, candidate);
                }

                return Decision.Accept([.. accepted.Events.OfType<IndicatorValueRecorded>()]);
            },
            indicator => indicator,
            cancellationToken);
    }
}
