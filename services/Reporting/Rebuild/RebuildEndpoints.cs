using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>
/// A rebuild replays every partnership's events, so only the platform operator starts one; a partnership's
/// administrator follows it, and sees nothing of the other partnerships while doing so.
/// </summary>
public static class RebuildEndpoints
{
    public const string ServicePath = "/api/operations/reports/rebuild";

    public static IEndpointRouteBuilder MapRebuildApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/rebuild", FollowRebuild).WithTags("Rebuild").RequireAuthorization(Policies.FollowRebuild);
        var service = app.MapGroup(ServicePath).WithTags("Operations").RequireAuthorization(Policies.OperateService);
        service.MapPost("/", StartRebuild);
        service.MapGet("/", GetRebuild);
        return app;
    }

    /// <summary>Whether the partnership's figures are being rebuilt, and how many of its events they do not count yet.</summary>
    public static async Task<Ok<PartnershipRebuildStatus>> FollowRebuild(
        ReadModelRebuild rebuild, ReadModelFreshness freshness, IQuerySession session, CancellationToken cancellationToken)
    {
        var status = rebuild.Status;
        var behind = (await freshness.MeasureAsync(session, cancellationToken)).EventsBehind;
        return TypedResults.Ok(new PartnershipRebuildStatus(
            status.Running, status.Current, status.Percent, status.StartedAt, status.FinishedAt, status.Error is not null, behind));
    }

    /// <summary>Rebuild every read model of every partnership from the log of integration events (platform operator only).</summary>
    public static Results<Accepted<RebuildStatus>, ProblemHttpResult> StartRebuild(ReadModelRebuild rebuild) =>
        rebuild.TryStart()
            ? TypedResults.Accepted(ServicePath, rebuild.Status)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not allowed now.", detail: "A rebuild is already running.");

    /// <summary>The rebuild's progress over the whole service (platform operator only).</summary>
    public static Ok<RebuildStatus> GetRebuild(ReadModelRebuild rebuild) => TypedResults.Ok(rebuild.Status);
}
