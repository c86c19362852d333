using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Programmes;

public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes").WithTags("Audit programmes");
        group.MapPost("/", CreateProgramme).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/", ListProgrammes).RequireAuthorization(Policies.ReadProgramme);
        group.MapGet("/{id:guid}", GetProgramme).RequireAuthorization(Policies.ReadProgramme);
        group.MapPost("/{id:guid}/audits", ScheduleThematicAudit).RequireAuthorization(Policies.ManageProgramme);
        return app;
    }

    public static async Task<Results<Created<AuditProgramme>, ValidationProblem>> CreateProgramme(
        CreateProgramme command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = ProgrammeDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var created = ProgrammeDecisions.Create(user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow());
        session.Events.StartStream<AuditProgramme>(created.ProgrammeId, created);
        await session.SaveChangesAsync(cancellationToken);

        return VersionedResults.Created(response, $"/api/programmes/{created.ProgrammeId}", AuditProgramme.Create(created) with { Version = 1 });
    }

    public static async Task<Ok<IReadOnlyList<AuditProgramme>>> ListProgrammes(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await session.Query<AuditProgramme>().OrderByDescending(p => p.Year).ToListAsync(cancellationToken));

    public static Task<Results<Ok<AuditProgramme>, NotFound>> GetProgramme(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<AuditProgramme>(session, id, response, cancellationToken);

    public static async Task<Results<Created<ScheduledAudit>, ValidationProblem, NotFound, ProblemHttpResult>> ScheduleThematicAudit(
        Guid id,
        ScheduleThematicAudit command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpRequest request,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (!request.TryGetExpectedVersion(out var expectedVersion))
        {
            return StreamVersions.InvalidIfMatch();
        }

        var stream = await session.Events.FetchForWriting<AuditProgramme>(id, cancellationToken);
        if (stream.Aggregate is not { } programme)
        {
            return TypedResults.NotFound();
        }

        var currentVersion = stream.CurrentVersion ?? 0;
        if (expectedVersion is { } expected && expected != currentVersion)
        {
            return StreamVersions.PreconditionFailed(currentVersion);
        }

        var errors = ProgrammeDecisions.Validate(programme, command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var scheduled = ProgrammeDecisions.Schedule(programme, command, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow());
        stream.AppendOne(scheduled);
        await session.SaveChangesAsync(cancellationToken);

        response.SetETag(currentVersion + 1);
        return TypedResults.Created(
            $"/api/audits/{scheduled.AuditId}",
            new ScheduledAudit(scheduled.AuditId, scheduled.Quarter, scheduled.Theme, scheduled.Categories));
    }
}
