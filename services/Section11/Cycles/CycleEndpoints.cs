using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Section11.Assessments;
using Safeguarding.ServiceDefaults.Directory;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Cycles;

public static class CycleEndpoints
{
    public static IEndpointRouteBuilder MapSection11Api(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/section11/cycles").WithTags("Section 11 cycles");
        group.MapPost("/", OpenCycle).RequireAuthorization(Policies.RunSection11);
        group.MapGet("/", ListCycles).RequireAuthorization(Policies.ReadSection11);
        group.MapGet("/{id:guid}", GetCycle).RequireAuthorization(Policies.ReadSection11);
        group.MapPost("/{id:guid}/invitations", Invite).RequireAuthorization(Policies.RunSection11);
        return app;
    }

    public static async Task<Results<Created<Section11Cycle>, ValidationProblem>> OpenCycle(
        OpenSection11Cycle command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = CycleDecisions.Validate(command, DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var opened = CycleDecisions.Open(user.PartnershipId(), command, user.ToActor(), now);
        return await StreamCommands.StartAsync<Section11Cycle>(session, opened.CycleId, opened, $"/api/section11/cycles/{opened.CycleId}", response, cancellationToken);
    }

    public static async Task<Ok<IReadOnlyList<Section11Cycle>>> ListCycles(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await session.Query<Section11Cycle>().OrderByDescending(c => c.Year).ToListAsync(cancellationToken));

    public static Task<Results<Ok<Section11Cycle>, NotFound>> GetCycle(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<Section11Cycle>(session, id, response, cancellationToken);

    /// <summary>Inviting starts each organisation's assessment in the same transaction, so every invitee has one to fill in.</summary>
    public static async Task<Results<Ok<Section11Cycle>, ValidationProblem, NotFound, ProblemHttpResult>> Invite(
        Guid id, CycleDecisions.InviteOrganisations command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.KindsAsync(session, cancellationToken);
        var now = clock.GetUtcNow();
        return await StreamCommands.ExecuteAsync<Section11Cycle, Section11Cycle>(
            session,
            id,
            http,
            cycle =>
            {
                var decision = CycleDecisions.Invite(cycle, command, directory, user.ToActor(), now);
                foreach (var invited in (decision as Decision.Accepted)?.Events.OfType<OrganisationsInvited>() ?? [])
                {
                    foreach (var organisation in invited.OrganisationIds)
                    {
                        var assessmentId = Assessment.IdFor(cycle.Id, organisation);
                        session.Events.StartStream<Assessment>(assessmentId, new AssessmentStarted(assessmentId, cycle.Id, organisation, user.ToActor(), now));
                    }
                }

                return decision;
            },
            cycle => cycle,
            cancellationToken);
    }
}
