using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Learning.Calendar;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using ActionResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Learning.Actions.ImprovementAction>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Learning.Actions;

/// <summary>The one register of improvement actions: everyone reads it, owners update their own, the partnership closes them.</summary>
public static class ActionEndpoints
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actions").WithTags("Improvement actions");
        group.MapPost("/", RecordAction).RequireAuthorization(Policies.RecordActions);
        group.MapGet("/", ListActions).RequireAuthorization(Policies.ReadActions).Paged();
        group.MapGet("/{id:guid}", GetAction).RequireAuthorization(Policies.ReadActions);
        group.MapGet("/{id:guid}/history", GetHistory).RequireAuthorization(Policies.ReadActions).Paged();
        group.MapPost("/{id:guid}/progress", ReportProgress).RequireAuthorization(Policies.UpdateOwnActions);
        group.MapPost("/{id:guid}/close", CloseAction).RequireAuthorization(Policies.RecordActions);
        return app;
    }

    /// <summary>Record an action in the partnership's improvement register, with an owner organisation and a due date.</summary>
    public static async Task<Results<Created<ImprovementAction>, ValidationProblem>> RecordAction(
        RecordImprovementAction command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        var id = Guid.CreateVersion7();
        return await StreamCommands.StartAcceptedAsync<ImprovementAction>(
            session, id, ActionDecisions.Record(command, directory, id, user.ToActor(), clock.GetUtcNow()), $"/api/actions/{id}", response, cancellationToken);
    }

    /// <summary>The register's actions, optionally by status, owner or source; an agency's users see their own.</summary>
    public static async Task<Ok<IReadOnlyList<ImprovementAction>>> ListActions(
        IQuerySession session, Guid? ownerOrganisationId, ActionStatus? status, ActionSourceKind? source, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actions = await session.Query<ImprovementAction>()
            .Where(a => ownerOrganisationId == null || a.OwnerOrganisationId == ownerOrganisationId)
            .Where(a => source == null || a.Source.Kind == source)
            .OrderBy(a => a.DueDate)
            .ToListAsync(cancellationToken);
        var asOf = await AsOfTodayAsync(session, clock, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ImprovementAction>>([.. actions.Select(asOf).Where(a => status is null || a.Status == status)]);
    }

    /// <summary>One action: its source, owner, due date, progress reports and closure.</summary>
    public static async Task<Results<Ok<ImprovementAction>, NotFound>> GetAction(
        Guid id, IQuerySession session, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        await VersionedResults.LoadAsync<ImprovementAction>(session, id, response, cancellationToken) is { Result: Ok<ImprovementAction> found }
            ? TypedResults.Ok((await AsOfTodayAsync(session, clock, cancellationToken))(found.Value!))
            : TypedResults.NotFound();

    /// <summary>The action's history: each step's public name, label, who, when and version.</summary>
    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound>> GetHistory(
        Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await session.LoadAsync<ImprovementAction>(id, cancellationToken) is { } record
        && await ActionHistory.Vocabulary.ReadAsync(session, id, record, user, cancellationToken) is { } history
            ? TypedResults.Ok(history)
            : TypedResults.NotFound();

    /// <summary>The owner reports progress on an action (not started, on track, at risk, completed) with a note.</summary>
    public static async Task<ActionResult> ReportProgress(
        Guid id, ReportProgress command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await StreamCommands.ExecuteAsync<ImprovementAction, ImprovementAction>(
            session, id, http, action => ActionDecisions.ReportProgress(action, user.OrganisationId(), command, user.ToActor(), clock.GetUtcNow()),
            await AsOfTodayAsync(session, clock, cancellationToken), cancellationToken);

    /// <summary>Close an action with the evidence of its impact.</summary>
    public static async Task<ActionResult> CloseAction(
        Guid id, CloseAction command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await StreamCommands.ExecuteAsync<ImprovementAction, ImprovementAction>(
            session, id, http, action => ActionDecisions.Close(action, command, user.ToActor(), clock.GetUtcNow()),
            await AsOfTodayAsync(session, clock, cancellationToken), cancellationToken);

    /// <summary>How an action stands today on the partnership's working days (overdue the moment it is late).</summary>
    private static async Task<Func<ImprovementAction, ImprovementAction>> AsOfTodayAsync(IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return action => action.AsOf(today, calendar);
    }
}
