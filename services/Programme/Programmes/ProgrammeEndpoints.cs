using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Programmes;

/// <summary>A published version as everyone but the coordinator reads it.</summary>
public sealed record PublishedProgrammeView(Guid Id, int Year, int Version, DateTimeOffset PublishedAt, IReadOnlyList<ProgrammeItem> Items)
{
    public static PublishedProgrammeView Of(AuditProgramme programme, PublishedVersion version) =>
        new(programme.Id, programme.Year, version.Number, version.PublishedAt, version.Items);
}

public sealed record VersionSummary(int Number, DateTimeOffset PublishedAt, int Items);

public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes").WithTags("Audit programmes");
        group.MapPost("/", CreateProgramme).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/", ListProgrammes).RequireAuthorization(Policies.ReadProgramme).Paged();
        group.MapGet("/{id:guid}", GetProgramme).RequireAuthorization(Policies.ReadProgramme);
        group.MapPost("/{id:guid}/audits", ScheduleThematicAudit).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/items", ScheduleItem).RequireAuthorization(Policies.ManageProgramme);
        group.MapPut("/{id:guid}/items/{itemId:guid}", ChangeItem).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/items/{itemId:guid}/remove", RemoveItem).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/generate", Generate).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/{id:guid}/versions", ListVersions).RequireAuthorization(Policies.ReadProgramme).Paged();
        group.MapGet("/{id:guid}/versions/{number:int}", GetVersion).RequireAuthorization(Policies.ReadProgramme);
        group.MapGet("/{id:guid}/diff", GetDiff).RequireAuthorization(Policies.ReadProgramme);
        return app;
    }

    /// <summary>Drafts are the coordinator's; everyone else reads published versions only.</summary>
    private static bool ReadsDrafts(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);

    /// <summary>Create the annual audit programme for a year, as a draft; a year that has one already is a 409 naming it.</summary>
    public static async Task<Results<Created<AuditProgramme>, ValidationProblem, ProblemHttpResult>> CreateProgramme(
        CreateProgramme command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = ProgrammeDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var created = ProgrammeDecisions.Create(user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow());
        var location = $"/api/programmes/{created.ProgrammeId}";
        if (await session.Events.FetchStreamStateAsync(created.ProgrammeId, cancellationToken) is not null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"{created.Year} already has a programme.",
                detail: $"A partnership has one programme a year: open it at {location} and change it there.",
                extensions: new Dictionary<string, object?> { ["existing"] = location });
        }

        return await StreamCommands.StartAsync<AuditProgramme>(session, created.ProgrammeId, created, location, response, cancellationToken);
    }

    /// <summary>The partnership's programmes by year; everyone but the coordinator reads the latest published version.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AuditProgramme>>, Ok<IReadOnlyList<PublishedProgrammeView>>>> ListProgrammes(
        IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programmes = await session.Query<AuditProgramme>().OrderByDescending(p => p.Year).ToListAsync(cancellationToken);
        return ReadsDrafts(user)
            ? TypedResults.Ok<IReadOnlyList<AuditProgramme>>([.. programmes.Select(p => p.AsOf(Today(clock)))])
            : TypedResults.Ok<IReadOnlyList<PublishedProgrammeView>>(
                [.. programmes.Where(p => p.LatestPublished is not null).Select(p => PublishedProgrammeView.Of(p, p.LatestPublished!))]);
    }

    /// <summary>One programme: its items by quarter, the draft or the latest published version.</summary>
    public static async Task<Results<Ok<AuditProgramme>, Ok<PublishedProgrammeView>, NotFound>> GetProgramme(
        Guid id, IQuerySession session, ClaimsPrincipal user, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programme = (await session.LoadAsync<AuditProgramme>(id, cancellationToken))?.AsOf(Today(clock));
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        if (ReadsDrafts(user))
        {
            response.SetETag(programme.Version);
            return TypedResults.Ok(programme);
        }

        return programme.LatestPublished is { } published ? TypedResults.Ok(PublishedProgrammeView.Of(programme, published)) : TypedResults.NotFound();
    }

    /// <summary>Schedule a thematic multi-agency audit in a quarter; the Audit service then opens it at the answer's Location.</summary>
    public static async Task<Results<Accepted<ScheduledAudit>, ValidationProblem, NotFound, ProblemHttpResult>> ScheduleThematicAudit(
        Guid id, ScheduleThematicAudit command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var auditId = Guid.CreateVersion7();
        var result = await StreamCommands.ExecuteAsync<AuditProgramme, AuditProgramme>(
            session, id, http, programme => ProgrammeDecisions.Schedule(programme, ProgrammeDecisions.ToItem(command), auditId, user.ToActor(), clock.GetUtcNow()),
            programme => programme, cancellationToken);
        return result.Result switch
        {
            Ok<AuditProgramme> { Value: { } programme } => TypedResults.Accepted($"/api/audits/{auditId}", ScheduledAudit.Of(programme.Items.Single(i => i.ItemId == auditId))),
            ValidationProblem invalid => invalid,
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
    }

    /// <summary>Schedule an item of the programme in a quarter: an audit, a Section 11 or 175 cycle, a practice learning review or a feedback milestone.</summary>
    public static Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> ScheduleItem(
        Guid id, ItemInput command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, id, http, clock, programme => ProgrammeDecisions.Schedule(programme, command, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Change a scheduled item (send If-Match with the version you read).</summary>
    public static Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeItem(
        Guid id, Guid itemId, ItemInput command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, id, http, clock, programme => ProgrammeDecisions.Change(programme, itemId, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Take an item off the programme, with the reason; an audit it opened is cancelled.</summary>
    public static Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> RemoveItem(
        Guid id, Guid itemId, RemoveItem command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, id, http, clock, programme => ProgrammeDecisions.Remove(programme, itemId, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Generate the draft's items: four thematic audits from the latest accepted priorities, the general audit, and the Section 11 and Section 175 cycles.</summary>
    public static async Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> Generate(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var priorities = await session.Query<Priority>().Where(p => p.Status == PriorityStatus.Accepted).ToListAsync(cancellationToken);
        return await Change(session, id, http, clock, programme => ProgrammeDecisions.Generate(programme, priorities, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Publish the draft as the programme's next version.</summary>
    public static Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> Publish(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, id, http, clock, programme => ProgrammeDecisions.Publish(programme, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>The programme's published versions.</summary>
    public static async Task<Results<Ok<IReadOnlyList<VersionSummary>>, NotFound>> ListVersions(Guid id, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<AuditProgramme>(id, cancellationToken) is { } programme
            ? TypedResults.Ok<IReadOnlyList<VersionSummary>>([.. programme.Published.Select(v => new VersionSummary(v.Number, v.PublishedAt, v.Items.Count))])
            : TypedResults.NotFound();

    /// <summary>One published version of the programme.</summary>
    public static async Task<Results<Ok<PublishedProgrammeView>, NotFound>> GetVersion(Guid id, int number, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<AuditProgramme>(id, cancellationToken) is { } programme && programme.Published.FirstOrDefault(v => v.Number == number) is { } version
            ? TypedResults.Ok(PublishedProgrammeView.Of(programme, version))
            : TypedResults.NotFound();

    /// <summary>What changed between two published versions.</summary>
    public static async Task<Results<Ok<ProgrammeDiff>, ValidationProblem, NotFound>> GetDiff(
        Guid id, int? from, int? to, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<AuditProgramme>(id, cancellationToken) is not { } programme)
        {
            return TypedResults.NotFound();
        }

        var older = programme.Published.FirstOrDefault(v => v.Number == from);
        var newer = to is null ? programme.LatestPublished : programme.Published.FirstOrDefault(v => v.Number == to);
        if (older is null || newer is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [older is null ? "from" : "to"] = [$"Name a published version: 1 to {programme.Published.Count}."],
            });
        }

        return TypedResults.Ok(ProgrammeDiff.Between(older, newer));
    }

    private static Task<Results<Ok<AuditProgramme>, ValidationProblem, NotFound, ProblemHttpResult>> Change(
        IDocumentSession session, Guid id, HttpContext http, TimeProvider clock, Func<AuditProgramme, Decision> decide, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<AuditProgramme, AuditProgramme>(session, id, http, decide, programme => programme.AsOf(Today(clock)), cancellationToken);

    /// <summary>Today as the overdue check counts it.</summary>
    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>The answer to the thematic-audit shortcut: the audit's id is the one the Audit service opens it under.</summary>
public sealed record ScheduledAudit(Guid AuditId, int Quarter, string Theme, IReadOnlyList<Safeguarding.Contracts.CaseCategory> Categories)
{
    public static ScheduledAudit Of(ProgrammeItem item) => new(item.ItemId, item.Quarter ?? 0, item.Theme, item.Categories);
}
