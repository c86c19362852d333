using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audits").WithTags("Multi-agency audits");
        group.MapGet("/", ListAudits).RequireAuthorization(Policies.ReadAudits).RecordsAccess("audits").Paged();
        group.MapGet("/{id:guid}", GetAudit).RequireAuthorization(Policies.ReadAudits).RecordsAccess("audit");
        group.MapGet("/{id:guid}/history", GetAuditHistory).RequireAuthorization(Policies.ReadAudits).RecordsAccess("audit-history").Paged();
        group.MapPost("/{id:guid}/terms-of-reference", AuditStepEndpoints.AgreeTerms).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/cases", AuditStepEndpoints.SelectCases).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/agencies", AuditStepEndpoints.NotifyAgencies).RequireAuthorization(Policies.RunAudits);
        group.MapPut("/{id:guid}/returns/{organisationId:guid}/{caseKey}", AuditStepEndpoints.SubmitReturn).RequireAuthorization(Policies.SubmitReturns);
        group.MapPut("/{id:guid}/returns/{organisationId:guid}/{caseKey}/draft", AuditStepEndpoints.SaveReturnDraft).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/{id:guid}/returns/close", AuditStepEndpoints.CloseReturns).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/meeting", AuditStepEndpoints.RecordMeeting).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/report", AuditStepEndpoints.DraftReport).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/report/approve", AuditStepEndpoints.ApproveReport).RequireAuthorization(Policies.RunAudits);
        group.MapGet("/{id:guid}/report", GetReport).RequireAuthorization(Policies.ReadReports).RecordsAccess("audit-report");
        group.MapPost("/{id:guid}/actions", AuditStepEndpoints.RaiseActions).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/board", AuditStepEndpoints.PresentToBoard).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/close", AuditStepEndpoints.Close).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/cancel", AuditStepEndpoints.Cancel).RequireAuthorization(Policies.RunAudits);
        group.MapPost("/{id:guid}/re-audit-of", AuditStepEndpoints.MarkAsReAudit).RequireAuthorization(Policies.RunAudits);
        group.MapGet("/{id:guid}/comparison", GetComparison).RequireAuthorization(Policies.ReadAudits).RecordsAccess("audit-comparison");
        group.MapPost("/{id:guid}/concerns", AuditStepEndpoints.RaiseConcern).RequireAuthorization(Policies.RaiseConcerns);
        group.MapPost("/{id:guid}/concerns/{concernId:guid}/acknowledge", AuditStepEndpoints.AcknowledgeConcern)
            .RequireAuthorization(Policies.AcknowledgeConcerns);
        return app;
    }

    /// <summary>The partnership's audits this caller may read.</summary>
    public static async Task<Ok<IReadOnlyList<AuditView>>> ListAudits(IQuerySession session, ClaimsPrincipal user, int? year, CancellationToken cancellationToken)
    {
        var query = session.Query<MultiAgencyAudit>().AsQueryable();
        if (year is not null)
        {
            query = query.Where(a => a.Year == year);
        }

        var audits = await query.OrderBy(a => a.Year).ThenBy(a => a.Quarter).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AuditView>>([.. audits.Select(a => AuditView.For(a, user))]);
    }

    /// <summary>The audit now, or with ?asOf= a version number or a time (ISO 8601) as it stood then.</summary>
    public static async Task<Results<Ok<AuditView>, NotFound, ValidationProblem>> GetAudit(
        Guid id,
        string? asOf,
        IQuerySession session,
        ClaimsPrincipal user,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        MultiAgencyAudit? audit;
        if (string.IsNullOrWhiteSpace(asOf))
        {
            audit = await session.LoadAsync<MultiAgencyAudit>(id, cancellationToken);
        }
        else if (long.TryParse(asOf, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            audit = await AtVersionAsync(session, id, version, cancellationToken);
        }
        else if (DateTimeOffset.TryParse(asOf, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time))
        {
            audit = await AtVersionAsync(session, id, await StreamTime.VersionAtAsync(session, id, time, cancellationToken), cancellationToken);
        }
        else
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["asOf"] = ["asOf is a version number (1, 2, ...) or a time such as 2027-03-01T12:00:00Z."],
            });
        }

        if (audit is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(audit.Version);
        return TypedResults.Ok(AuditView.For(audit, user));
    }

    private static async Task<MultiAgencyAudit?> AtVersionAsync(IQuerySession session, Guid id, long version, CancellationToken cancellationToken) =>
        version > 0 && await session.Events.AggregateStreamAsync<MultiAgencyAudit>(id, version: version, token: cancellationToken) is { } audit
        && audit.Version == version
            ? audit
            : null;

    /// <summary>The audit's history: each step's public name, label, who took it, when, the version after it, and the details this reader may see.</summary>
    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound>> GetAuditHistory(
        Guid id,
        IQuerySession session,
        ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        await session.LoadAsync<MultiAgencyAudit>(id, cancellationToken) is { } audit
        && await AuditHistory.Vocabulary.ReadAsync(session, id, audit, user, cancellationToken) is { } history
            ? TypedResults.Ok(history)
            : TypedResults.NotFound();

    /// <summary>The coordinator reads the draft; everyone else, the Board included, only the approved report.</summary>
    public static async Task<Results<Ok<AuditReportView>, NotFound>> GetReport(
        Guid id,
        IQuerySession session,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var audit = await session.LoadAsync<MultiAgencyAudit>(id, cancellationToken);
        return audit is { Report: { } report } && (audit.ReportApprovedAt is not null || user.IsInRole(Roles.Coordinator))
            ? TypedResults.Ok(AuditReportView.Of(audit, report))
            : TypedResults.NotFound();
    }

    /// <summary>A re-audit beside the audit it repeats: grades and findings then and now.</summary>
    public static async Task<Results<Ok<AuditComparison>, NotFound, ProblemHttpResult>> GetComparison(
        Guid id,
        IQuerySession session,
        CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<MultiAgencyAudit>(id, cancellationToken) is not { } audit)
        {
            return TypedResults.NotFound();
        }

        if (audit.ReAuditOf is not { } previousId || await session.LoadAsync<MultiAgencyAudit>(previousId, cancellationToken) is not { } previous)
        {
            return StreamCommands.NotAllowed("This audit is not a re-audit of an earlier one: mark it as one first.");
        }

        return TypedResults.Ok(AuditComparison.Of(previous, audit));
    }
}
