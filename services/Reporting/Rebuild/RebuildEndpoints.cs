using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>
/// A partnership's administrator rebuilds the partnership's own figures from its own events and follows the rebuild,
/// seeing nothing of the other partnerships; a rebuild of every partnership is the platform operator's alone.
/// </summary>
public static class RebuildEndpoints
{
    public const string ServicePath = "/api/operations/reports/rebuild";

    public static IEndpointRouteBuilder MapRebuildApi(this IEndpointRouteBuilder app)
    {
        var partnership = app.MapGroup("/api/reports/rebuild").WithTags("Rebuild").RequireAuthorization(Policies.RebuildReports);
        partnership.MapGet("/", FollowRebuild);
        partnership.MapPost("/", StartPartnershipRebuild);
        var service = app.MapGroup(ServicePath).WithTags("Operations").RequireAuthorization(Policies.OperateService);
        service.MapPost("/", StartRebuild);
        service.MapGet("/", GetRebuild);
        return app;
    }

    /// <summary>Whether the partnership's figures are being rebuilt, and how many of its events they do not count yet.</summary>
    public static async Task<Ok<PartnershipRebuildStatus>> FollowRebuild(
        ReadModelRebuild rebuild, ReadModelFreshness freshness, IQuerySession session, CancellationToken cancellationToken)
    {
        var status = rebuild.StatusFor(session.TenantId);
        var behind = (await freshness.MeasureAsync(session, cancellationToken)).EventsBehind;
        return TypedResults.Ok(Followed(status, behind));
    }

    private static PartnershipRebuildStatus Followed(RebuildStatus status, long behind) =>
        new(status.Running, status.Current, status.Percent, status.StartedAt, status.FinishedAt, status.Error is not null, behind);

    /// <summary>
    /// Rebuild the partnership's figures from its own events; other partnerships' figures wait, unchanged, until it ends
    /// (seconds). Once every few minutes per partnership.
    /// </summary>
    public static Results<Accepted<PartnershipRebuildStatus>, ProblemHttpResult> StartPartnershipRebuild(
        ReadModelRebuild rebuild, IQuerySession session, HttpResponse response)
    {
        var start = rebuild.TryStartFor(session.TenantId);
        if (start.Started)
        {
            return TypedResults.Accepted("/api/reports/rebuild", Followed(rebuild.StatusFor(session.TenantId), 0));
        }

        if (start.RetryAfter is not { } wait)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not allowed now.", detail: "A rebuild of these figures is already running.");
        }

        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "The reports were rebuilt a moment ago.",
            detail: $"A partnership's reports can be rebuilt once every {ReadModelRebuild.PartnershipInterval.TotalMinutes:0} minutes: try again in {seconds} seconds.");
    }

    /// <summary>Rebuild every read model of every partnership from the log of integration events (platform operator only).</summary>
    public static Results<Accepted<RebuildStatus>, ProblemHttpResult> StartRebuild(ReadModelRebuild rebuild) =>
        rebuild.TryStart()
            ? TypedResults.Accepted(ServicePath, rebuild.Status)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not allowed now.", detail: "A rebuild is already running.");

    /// <summary>The rebuild's progress over the whole service (platform operator only).</summary>
    public static Ok<RebuildStatus> GetRebuild(ReadModelRebuild rebuild) => TypedResults.Ok(rebuild.Status);
}
