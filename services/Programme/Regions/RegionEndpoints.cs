using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Regions;

/// <summary>
/// Regions live in the shared directory: a partnership joins one by invitation, from a member or, for a region nobody
/// is in yet, from the platform operator. A trend recorded for the region is a candidate priority of the partnership
/// that recorded it; every other partnership of the region adopts it or not, so no partnership writes into another's
/// programme.
/// </summary>
public static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes").WithTags("Regions").RequireAuthorization(Policies.ManageProgramme);
        group.MapPut("/region", SetRegion);
        group.MapGet("/region", GetRegion);
        group.MapPost("/region/invitations", InviteToRegion);
        group.MapPost("/regional-trends", RecordTrend);
        group.MapGet("/regional-trends", ListTrends).Paged();
        group.MapPost("/regional-trends/{id:guid}/adopt", AdoptTrend);
        app.MapPost("/api/operations/programmes/regions/{region}/invitations", InviteAsOperator).WithTags("Regions").RequireAuthorization(Policies.OperateService);
        return app;
    }

    /// <summary>Set the region the partnership belongs to, to share regional trends: one it was invited to.</summary>
    public static async Task<Results<Ok<PartnershipRegion>, ValidationProblem, ProblemHttpResult>> SetRegion(
        SetRegion command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RegionDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partnership = user.PartnershipId();
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        var members = await session.Query<PartnershipRegion>().Where(r => r.Region == command.Region).Select(r => r.PartnershipId).ToListAsync(cancellationToken);
        var invitations = await session.LoadAsync<RegionInvitations>(RegionInvitations.IdFor(command.Region!), cancellationToken);
        return await AppendAsync(session, PartnershipRegion.IdFor(partnership), RegionDecisions.Join(partnership, command, members, invitations, user.ToActor(), clock.GetUtcNow()),
            () => session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(partnership), cancellationToken), cancellationToken);
    }

    /// <summary>Invite another partnership to the region this partnership is in.</summary>
    public static async Task<Results<Ok<RegionInvitations>, ValidationProblem, ProblemHttpResult>> InviteToRegion(
        InviteToRegion command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        var own = await session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(user.PartnershipId()), cancellationToken);
        var invitations = own is null ? null : await session.LoadAsync<RegionInvitations>(RegionInvitations.IdFor(own.Region), cancellationToken);
        return await AppendAsync(session, RegionInvitations.IdFor(own?.Region ?? ""), RegionDecisions.Invite(own, invitations, command, user.ToActor(), clock.GetUtcNow()),
            () => session.LoadAsync<RegionInvitations>(RegionInvitations.IdFor(own!.Region), cancellationToken), cancellationToken);
    }

    /// <summary>The platform operator invites a partnership to a region: how a region nobody is in yet gets its first member.</summary>
    public static async Task<Results<Ok<RegionInvitations>, ValidationProblem, ProblemHttpResult>> InviteAsOperator(
        string region, InviteToRegion command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        var invitations = RegionDecisions.Regions.Contains(region) ? await session.LoadAsync<RegionInvitations>(RegionInvitations.IdFor(region), cancellationToken) : null;
        return await AppendAsync(session, RegionInvitations.IdFor(region), RegionDecisions.InviteAsOperator(region, invitations, command, user.ToActor(), clock.GetUtcNow()),
            () => session.LoadAsync<RegionInvitations>(RegionInvitations.IdFor(region), cancellationToken), cancellationToken);
    }

    private static Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> AppendAsync<T>(
        IDocumentSession session, Guid streamId, Decision decision, Func<Task<T?>> load, CancellationToken cancellationToken) =>
        StreamCommands.CarryOutAsync(
            decision,
            events =>
            {
                session.Events.Append(streamId, events);
                return session.SaveChangesAsync(cancellationToken);
            },
            async () => (await load())!);

    /// <summary>The partnership's region and its members.</summary>
    public static async Task<Results<Ok<PartnershipRegion>, NotFound>> GetRegion(IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(SharedDirectory.TenantId);
        return await session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(user.PartnershipId()), cancellationToken) is { } region
            ? TypedResults.Ok(region)
            : TypedResults.NotFound();
    }

    /// <summary>Record a trend for the partnership's region: a candidate priority for its partnerships.</summary>
    public static async Task<Results<Created<RegionalTrend>, ValidationProblem>> RecordTrend(
        RecordRegionalTrend command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RegionDecisions.Validate(command);
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        var own = await session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(user.PartnershipId()), cancellationToken);
        errors.When(own is null, "region", "Set your partnership's region first (PUT /api/programmes/region).");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var neighbours = await session.Query<PartnershipRegion>().Where(r => r.Region == own!.Region).Select(r => r.PartnershipId).ToListAsync(cancellationToken);
        var trend = RegionDecisions.Record(command, own!.Region, user.PartnershipId(), neighbours, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow());
        session.Events.StartStream<RegionalTrend>(trend.TrendId, trend);
        var recorded = RegionalTrend.Create(trend) with { Version = 1 };
        var candidate = RegionDecisions.CandidateFor(recorded, user.PartnershipId(), trend.By, trend.At);
        session.ForTenant(user.PartnershipId()).Events.StartStream<Priority>(candidate.PriorityId, candidate);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/programmes/regional-trends/{trend.TrendId}", recorded);
    }

    /// <summary>Take a trend of the partnership's region as a candidate priority; a trend is adopted once.</summary>
    public static async Task<Results<Created<Priority>, NotFound>> AdoptTrend(
        Guid id, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var partnership = user.PartnershipId();
        await using var shared = store.QuerySession(SharedDirectory.TenantId);
        var own = await shared.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(partnership), cancellationToken);
        if (await shared.LoadAsync<RegionalTrend>(id, cancellationToken) is not { } trend || trend.Region != own?.Region)
        {
            return TypedResults.NotFound();
        }

        var candidate = RegionDecisions.CandidateFor(trend, partnership, user.ToActor(), clock.GetUtcNow());
        await using var session = store.LightweightSession(partnership);
        return await StreamCommands.StartAsync<Priority>(session, candidate.PriorityId, candidate, $"/api/programmes/priorities/{candidate.PriorityId}", response, cancellationToken);
    }

    /// <summary>The trends recorded for the partnership's region.</summary>
    public static async Task<Ok<IReadOnlyList<RegionalTrend>>> ListTrends(IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(SharedDirectory.TenantId);
        var own = await session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(user.PartnershipId()), cancellationToken);
        return own is null
            ? TypedResults.Ok<IReadOnlyList<RegionalTrend>>([])
            : TypedResults.Ok(await session.Query<RegionalTrend>().Where(t => t.Region == own.Region).OrderByDescending(t => t.RecordedAt).ToListAsync(cancellationToken));
    }
}
