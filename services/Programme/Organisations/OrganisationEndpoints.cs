using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Organisations;

public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations");
        group.MapPost("/", RegisterOrganisation).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/", ListOrganisations).RequireAuthorization(Policies.ReadProgramme);
        group.MapGet("/{id:guid}", GetOrganisation).RequireAuthorization(Policies.ReadProgramme);
        group.MapPut("/{id:guid}", UpdateOrganisation).RequireAuthorization(Policies.ManageProgramme);
        return app;
    }

    public static async Task<Results<Created<Organisation>, ValidationProblem>> RegisterOrganisation(
        RegisterOrganisation command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = OrganisationDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var registered = OrganisationDecisions.Register(user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow());
        session.Events.StartStream<Organisation>(registered.OrganisationId, registered);
        await session.SaveChangesAsync(cancellationToken);

        return VersionedResults.Created(response, $"/api/organisations/{registered.OrganisationId}", Organisation.Create(registered) with { Version = 1 });
    }

    public static async Task<Ok<IReadOnlyList<Organisation>>> ListOrganisations(
        IQuerySession session,
        OrganisationKind? kind,
        CancellationToken cancellationToken)
    {
        var query = session.Query<Organisation>().AsQueryable();
        if (kind is not null)
        {
            query = query.Where(o => o.Details.Kind == kind);
        }

        return TypedResults.Ok(await query.OrderBy(o => o.Details.Name).ToListAsync(cancellationToken));
    }

    public static Task<Results<Ok<Organisation>, NotFound>> GetOrganisation(
        Guid id,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<Organisation>(session, id, response, cancellationToken);

    public static Task<Results<Ok<Organisation>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateOrganisation(
        Guid id, RegisterOrganisation command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Organisation, Organisation>(
            session, id, http, organisation => OrganisationDecisions.Update(organisation, command, user.ToActor(), clock.GetUtcNow()), organisation => organisation, cancellationToken);
}
