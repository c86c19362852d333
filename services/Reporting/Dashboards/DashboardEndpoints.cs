using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Dashboards;

/// <summary>
/// The dashboards behind the overview: one agency (an agency's own users see only their own), a theme over the years,
/// and the Section 11 / 175 compliance matrix (organisation-level, for the partnership's own roles).
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Dashboards");
        group.MapGet("/agencies/{organisationId:guid}", GetAgency).RequireAuthorization(Policies.ReadReports);
        group.MapGet("/agencies/{organisationId:guid}/obligations", GetObligations).RequireAuthorization(Policies.ReadReports);
        group.MapGet("/actions/overdue", ListOverdueActions).RequireAuthorization(Policies.ReadReports).Paged();
        group.MapGet("/themes", ListThemes).RequireAuthorization(Policies.ReadReports).Paged();
        group.MapGet("/themes/{theme}", GetTheme).RequireAuthorization(Policies.ReadReports);
        group.MapGet("/compliance/{kind}/{year:int}", GetCompliance).RequireAuthorization(Policies.ReadCompliance);
        return app;
    }

    private static bool SpeaksForOneAgency(ClaimsPrincipal user) => user.IsInRole(Roles.AgencyAuditor) || user.IsInRole(Roles.PartnerSystem);

    /// <summary>One agency's figures for a year beside the partnership's: returns, findings, Section 11 standards, actions. An agency's own users ask for their own.</summary>
    public static async Task<Results<Ok<AgencyDashboard>, ProblemHttpResult>> GetAgency(
        Guid organisationId, int? year, IQuerySession session, ReadModelFreshness freshness, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (NotOwnAgency(user, organisationId) is { } forbidden)
        {
            return forbidden;
        }

        var fresh = await freshness.MeasureAsync(session, cancellationToken);
        var data = await ReportStore.LoadAsync(session, clock, cancellationToken);
        if (data.Organisations.All(o => o.Id != organisationId))
        {
            return NoSuchOrganisation();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(DashboardFigures.Agency(data, organisationId, year ?? today.Year, today, fresh));
    }

    /// <summary>What the organisation owes today: returns, self-assessments, actions. An agency's own users ask for their own.</summary>
    public static async Task<Results<Ok<AgencyObligations>, ProblemHttpResult>> GetObligations(
        Guid organisationId, IQuerySession session, ReadModelFreshness freshness, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (NotOwnAgency(user, organisationId) is { } forbidden)
        {
            return forbidden;
        }

        var fresh = await freshness.MeasureAsync(session, cancellationToken);
        if (await session.LoadAsync<OrganisationRow>(organisationId, cancellationToken) is not { } organisation)
        {
            return NoSuchOrganisation();
        }

        return TypedResults.Ok(ObligationFigures.For(
            organisation,
            await session.Query<ReturnRequestsRow>().Where(r => !r.Closed).ToListAsync(cancellationToken),
            await session.Query<CycleRow>().Where(c => !c.Closed).ToListAsync(cancellationToken),
            [.. (await session.Query<ActionRow>().Where(a => a.OwnerOrganisationId == organisationId && !a.Closed).ToListAsync(cancellationToken))
                .Select(await ReportStore.ActionsAsOfTodayAsync(session, clock, cancellationToken))],
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            fresh));
    }

    /// <summary>The overdue list; an agency's own users see their own actions only.</summary>
    public static async Task<Ok<IReadOnlyList<OverdueAction>>> ListOverdueActions(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(DashboardFigures.Overdue(
            await ReportStore.LoadAsync(session, clock, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            SpeaksForOneAgency(user) && !user.IsInRole(Roles.Coordinator) ? user.OrganisationId() ?? Guid.Empty : null));

    /// <summary>Every theme graded or found on.</summary>
    public static async Task<Ok<IReadOnlyList<string>>> ListThemes(IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(DashboardFigures.Themes(await ReportStore.LoadAsync(session, clock, cancellationToken)));

    /// <summary>A theme year by year: audits, cases graded, good-or-better share, areas for development, immediate concerns.</summary>
    public static async Task<Ok<ThemeTrend>> GetTheme(string theme, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(DashboardFigures.Theme(await ReportStore.LoadAsync(session, clock, cancellationToken), Theme.From(theme)));

    /// <summary>The Section 11 or Section 175 compliance matrix for a year: organisation by standard, self against moderated score, change since last year.</summary>
    public static async Task<Results<Ok<ComplianceMatrix>, NotFound>> GetCompliance(
        string kind, int year, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
        kind is "Section11" or "Section175"
            ? TypedResults.Ok(DashboardFigures.Compliance(await ReportStore.LoadAsync(session, clock, cancellationToken), kind, year))
            : TypedResults.NotFound();

    private static ProblemHttpResult? NotOwnAgency(ClaimsPrincipal user, Guid organisationId) =>
        SpeaksForOneAgency(user) && user.OrganisationId() != organisationId && !user.IsInRole(Roles.Coordinator)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: "An agency's users see their own agency's figures only.")
            : null;

    private static ProblemHttpResult NoSuchOrganisation() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "The partnership's directory has no such organisation.");
}
