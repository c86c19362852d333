using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>Rebuilding read models is an operation on the whole service, for administrators.</summary>
public static class RebuildEndpoints
{
    public static IEndpointRouteBuilder MapRebuildApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/rebuild").WithTags("Rebuild").RequireAuthorization(Policies.RebuildReports);
        group.MapPost("/", StartRebuild);
        group.MapGet("/", GetRebuild);
        return app;
    }

    /// <summary>Rebuild every read model from the log of integration events.</summary>
    public static Results<Accepted<RebuildStatus>, ProblemHttpResult> StartRebuild(ReadModelRebuild rebuild) =>
        rebuild.TryStart()
            ? TypedResults.Accepted("/api/reports/rebuild", rebuild.Status)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not allowed now.", detail: "A rebuild is already running.");

    /// <summary>The rebuild's progress.</summary>
    public static Ok<RebuildStatus> GetRebuild(ReadModelRebuild rebuild) => TypedResults.Ok(rebuild.Status);
}
