using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>A cycle's two steps that reach its returns: inviting organisations opens their assessments; closing reads them.</summary>
public static class InvitationAndClosingEndpoints
{
    public static IEndpointRouteBuilder MapInvitationAndClosingApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<SelfAssessmentKind>())
        {
            var group = app.MapGroup(CycleEndpoints.PathOf(kind)).WithTags(kind == SelfAssessmentKind.Section175 ? "Section 175 cycles" : "Section 11 cycles").OnlyCyclesOf(kind);
            group.MapPost("/{id:guid}/invitations", Invite).RequireAuthorization(Policies.RunSection11);
            group.MapPost("/{id:guid}/close", CloseCycle).RequireAuthorization(Policies.RunSection11);
        }

        return app;
    }

    /// <summary>Inviting starts each organisation's assessment in the same transaction: its submission made elsewhere this year, or pre-filled from its last return.</summary>
    public static async Task<Results<Ok<Section11Cycle>, ValidationProblem, NotFound, ProblemHttpResult>> Invite(
        Guid id, CycleDecisions.InviteOrganisations command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.KindsAsync(session, cancellationToken);
        var organisations = command.OrganisationIds ?? [];
        var returns = await SharedSubmissions.FindAsync(session, organisations, cancellationToken);
        var now = clock.GetUtcNow();
        return await StreamCommands.ExecuteAsync<Section11Cycle, Section11Cycle>(
            session,
            id,
            http,
            cycle =>
            {
                var decision = CycleDecisions.Invite(cycle, command, directory, user.ToActor(), now);
                foreach (var organisation in (decision as Decision.Accepted)?.Events.OfType<OrganisationsInvited>().SelectMany(i => i.OrganisationIds) ?? [])
                {
                    session.Events.StartStream<Assessment>(Assessment.IdFor(cycle.Id, organisation), [.. AssessmentDecisions.Open(cycle, user.PartnershipId(), organisation, returns, user.ToActor(), now)]);
                }

                return decision;
            },
            cycle => cycle,
            cancellationToken);
    }

    /// <summary>Close the cycle: no more returns are taken.</summary>
    public static async Task<Results<Ok<Section11Cycle>, ValidationProblem, NotFound, ProblemHttpResult>> CloseCycle(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var assessments = await session.Query<Assessment>().Where(a => a.CycleId == id).ToListAsync(cancellationToken);
        return await StreamCommands.ExecuteAsync<Section11Cycle, Section11Cycle>(
            session, id, http, cycle => CycleClosing.Close(cycle, assessments, user.ToActor(), clock.GetUtcNow()), cycle => cycle, cancellationToken);
    }
}
