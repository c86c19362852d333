using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Regions;

/// <summary>
/// Regions live in the shared directory: a partnership names its region, and a trend recorded for the region lands
/// as a candidate priority in every partnership of it, in one transaction.
/// </summary>
public static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes").WithTags("Regions").RequireAuthorization(Policies.ManageProgramme);
        group.MapPut("/region", SetRegion);
        group.MapGet("/region", GetRegion);
        group.MapPost("/regional-trends", RecordTrend);
        group.MapGet("/regional-trends", ListTrends);
        return app;
    }

    /// <summary>Set the region the partnership belongs to, to share regional trends.</summary>
    public static async Task<Results<Ok<PartnershipRegion>, ValidationProblem>> SetRegion(
        SetRegion command, IDocumentStore store, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RegionDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var set = new PartnershipRegionSet(user.PartnershipId(), command.Region!, user.ToActor(), clock.GetUtcNow());
        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        session.Events.Append(PartnershipRegion.IdFor(set.PartnershipId), set);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await session.LoadAsync<PartnershipRegion>(PartnershipRegion.IdFor(set.PartnershipId), cancellationToken))!);
    }

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
        foreach (var partnership in trend.Partnerships)
        {
            var candidate = RegionDecisions.CandidateFor(trend, partnership);
            session.ForTenant(partnership).Events.StartStream<Priority>(candidate.PriorityId, candidate);
        }

        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/programmes/regional-trends/{trend.TrendId}", RegionalTrend.Create(trend) with { Version = 1 });
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
