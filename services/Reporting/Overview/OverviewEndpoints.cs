using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Reporting.Rebuild;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Reporting.Overview;

public static class OverviewEndpoints
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.ReadReports);
        group.MapGet("/overview", GetOverview);
        return app;
    }

    /// <summary>The caller's partnership only, for a year (this year unless asked); a partnership nothing has happened in yet reads as zeros.</summary>
    public static async Task<Results<Ok<PartnershipOverview>, ValidationProblem>> GetOverview(
        int? year, IQuerySession session, ReadModelFreshness freshness, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors().When(year is < 2000 or > 2100, "year", "year must be between 2000 and 2100.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // Measured before the rows are read, so the figures are never staler than it says.
        var fresh = await freshness.MeasureAsync(session, cancellationToken);
        var data = await ReportStore.LoadAsync(session, clock, cancellationToken);
        return TypedResults.Ok(OverviewFigures.Overview(user.PartnershipId(), data, year ?? today.Year, today, fresh));
    }
}
