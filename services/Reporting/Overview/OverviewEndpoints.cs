using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Overview;

public sealed record OverviewResponse(
    string PartnershipId,
    ProgrammeArea Programme,
    AuditArea Audit,
    Section11Area Section11,
    LearningArea Learning,
    DateTimeOffset? LastEventAt);

public static class OverviewEndpoints
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.ReadReports);
        group.MapGet("/overview", GetOverview);
        return app;
    }

    /// <summary>The caller's partnership only; a partnership nothing has happened in yet reads as zeros.</summary>
    public static async Task<Ok<OverviewResponse>> GetOverview(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var overview = await session.LoadAsync<PartnershipOverview>(PartnershipOverview.DocumentId, cancellationToken) ?? new PartnershipOverview();
        return TypedResults.Ok(new OverviewResponse(
            user.PartnershipId(), overview.Programme, overview.Audit, overview.Section11, overview.Learning, overview.LastEventAt));
    }
}
