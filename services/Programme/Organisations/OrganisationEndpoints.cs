using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Organisations;

/// <summary>
/// The partnership directory. Organisations live once in a shared directory; a partnership sees those it has a
/// membership of, with its own contacts. Sessions here are opened on the shared directory, not the caller's tenant.
/// </summary>
public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations");
        group.MapPost("/", RegisterOrganisation).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/", ListOrganisations).RequireAuthorization(Policies.ReadProgramme).RecordsAccess("organisations").Paged();
        group.MapGet("/registry", SearchRegistry).RequireAuthorization(Policies.ManageProgramme).Paged();
        group.MapGet("/{id:guid}", GetOrganisation).RequireAuthorization(Policies.ReadProgramme).RecordsAccess("organisation");
        group.MapPut("/{id:guid}", UpdateOrganisation).RequireAuthorization(Policies.ManageProgramme);
        group.MapPut("/{id:guid}/contacts", ChangeContacts).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/join", JoinOrganisation).RequireAuthorization(Policies.ManageProgramme);
        group.MapGet("/requests", ListPendingRequests).RequireAuthorization(Policies.ManageProgramme).Paged();
        group.MapPost("/{id:guid}/requests/{partnershipId}/approve", ApproveJoining).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/requests/{partnershipId}/decline", DeclineJoining).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/proposals/{partnershipId}/accept", AcceptChange).RequireAuthorization(Policies.ManageProgramme);
        group.MapPost("/{id:guid}/proposals/{partnershipId}/decline", DeclineChange).RequireAuthorization(Policies.ManageProgramme);
        return app;
    }

    /// <summary>Register an organisation in the partnership's directory (an agency, a school, a voluntary group).</summary>
    public static async Task<Results<Created<DirectoryEntry>, ValidationProblem>> RegisterOrganisation(
        RegisterOrganisation command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = OrganisationDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partnership = user.PartnershipId();
        var registered = OrganisationDecisions.Register(partnership, command, user.ToActor(), clock.GetUtcNow());
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        return await StreamCommands.StartAsync<Organisation, DirectoryEntry>(
            session, registered.OrganisationId, registered, $"/api/organisations/{registered.OrganisationId}",
            organisation => DirectoryEntry.For(organisation, partnership), response, cancellationToken);
    }

    /// <summary>The partnership's directory of organisations.</summary>
    public static async Task<Ok<IReadOnlyList<DirectoryEntry>>> ListOrganisations(
        IDocumentStore store, ClaimsPrincipal user, OrganisationKind? kind, CancellationToken cancellationToken)
    {
        var partnership = user.PartnershipId();
        await using var session = store.QuerySession(SharedDirectory.TenantId);
        var query = session.Query<Organisation>().Where(o => o.Memberships.Any(m => m.PartnershipId == partnership));
        if (kind is not null)
        {
            query = query.Where(o => o.Details.Kind == kind);
        }

        var organisations = await query.OrderBy(o => o.Details.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DirectoryEntry>>([.. organisations.Select(o => DirectoryEntry.For(o, partnership))]);
    }

    /// <summary>Finds an organisation another partnership registered, to join it rather than register a copy.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RegistryEntry>>, ValidationProblem>> SearchRegistry(
        string? name, IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (name is not { Length: >= 3 and <= 100 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Search with 3 to 100 characters of the name."] });
        }

        await using var session = store.QuerySession(SharedDirectory.TenantId);
        var found = await session.Query<Organisation>().Where(o => o.Details.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Details.Name).Take(50).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RegistryEntry>>(
            [.. found.Select(o => RegistryEntry.For(o, user.PartnershipId()))]);
    }

    /// <summary>One organisation of the directory with its contacts.</summary>
    public static async Task<Results<Ok<DirectoryEntry>, NotFound>> GetOrganisation(
        Guid id, IDocumentStore store, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(SharedDirectory.TenantId);
        var organisation = await session.LoadAsync<Organisation>(id, cancellationToken);
        if (organisation?.MembershipOf(user.PartnershipId()) is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(organisation.Version);
        return TypedResults.Ok(DirectoryEntry.For(organisation, user.PartnershipId()));
    }

    /// <summary>Change an organisation's name, kind or school details; a partnership that did not register it proposes the change.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateOrganisation(
        Guid id, UpdateOrganisation command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.Update(o, user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Change an organisation's named safeguarding contacts.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeContacts(
        Guid id, ChangeContacts command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.ChangeContacts(o, user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Ask to add an organisation already in the registry to this partnership's directory; the partnership that registered it agrees.</summary>
    public static Task<Results<Ok<RegistryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> JoinOrganisation(
        Guid id, ChangeContacts command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.Join(o, user.PartnershipId(), command, user.ToActor(), clock.GetUtcNow()), o => RegistryEntry.For(o, user.PartnershipId()), cancellationToken);

    /// <summary>Requests to join, and proposed changes, that wait for this partnership on the organisations it registered.</summary>
    public static async Task<Ok<IReadOnlyList<PendingRequest>>> ListPendingRequests(IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var partnership = user.PartnershipId();
        await using var session = store.QuerySession(SharedDirectory.TenantId);
        var owned = await session.Query<Organisation>().Where(o => o.Owner == partnership && (o.Requests.Any() || o.Proposals.Any())).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PendingRequest>>([.. owned.SelectMany(PendingRequest.Of).OrderBy(r => r.At)]);
    }

    /// <summary>Agree that a partnership adds the organisation this partnership registered to its directory.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> ApproveJoining(
        Guid id, string partnershipId, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.ApproveJoining(o, user.PartnershipId(), partnershipId, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Turn a request to join down.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> DeclineJoining(
        Guid id, string partnershipId, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.DeclineJoining(o, user.PartnershipId(), partnershipId, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Apply a member partnership's proposed change to the shared details.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> AcceptChange(
        Guid id, string partnershipId, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.AcceptChange(o, user.PartnershipId(), partnershipId, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Turn a proposed change down.</summary>
    public static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> DeclineChange(
        Guid id, string partnershipId, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(store, id, http, o => OrganisationDecisions.DeclineChange(o, user.PartnershipId(), partnershipId, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<DirectoryEntry>, ValidationProblem, NotFound, ProblemHttpResult>> Change(
        IDocumentStore store, Guid id, HttpContext http, Func<Organisation, Decision> decide, CancellationToken cancellationToken) =>
        Change(store, id, http, decide, o => DirectoryEntry.For(o, http.User.PartnershipId()), cancellationToken);

    private static async Task<Results<Ok<TView>, ValidationProblem, NotFound, ProblemHttpResult>> Change<TView>(
        IDocumentStore store, Guid id, HttpContext http, Func<Organisation, Decision> decide, Func<Organisation, TView> view, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        return await StreamCommands.ExecuteAsync(session, id, http, decide, view, cancellationToken);
    }
}
