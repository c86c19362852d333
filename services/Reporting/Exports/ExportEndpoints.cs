using System.Net.Http.Headers;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.Access;
using Safeguarding.Reporting.Overview;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.Exports;

/// <summary>Open formats, so a partnership's figures are never locked in: every read model as CSV or XLSX.</summary>
public static class ExportEndpoints
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/exports").WithTags("Exports");
        group.MapGet("/", ListExports).RequireAuthorization(Policies.ExportReports).Paged();
        group.MapGet("/full", ExportEverything).RequireAuthorization(Policies.ExportPartnershipData).RecordsAccess("full-export");
        group.MapGet("/{table}.{format}", Export).RequireAuthorization(Policies.ExportReports).RecordsAccess("report-export");
        return app;
    }

    /// <summary>The read models that can be exported as CSV or XLSX.</summary>
    public static Ok<IReadOnlyList<string>> ListExports() =>
        TypedResults.Ok<IReadOnlyList<string>>([.. ReportTables.Names.SelectMany(n => new[] { $"{n}.csv", $"{n}.xlsx" })]);

    /// <summary>One read model as CSV or XLSX.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Export(
        string table, string format, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx") || !ReportTables.Names.Contains(table))
        {
            return TypedResults.NotFound();
        }

        var built = ReportTables.Build(table, await ReportStore.LoadAsync(session, clock, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))!;
        return format == "csv"
            ? TypedResults.File(CsvWriter.Write(built), "text/csv; charset=utf-8", $"{table}.csv")
            : TypedResults.File(XlsxWriter.Write(built), Xlsx, $"{table}.xlsx");
    }

    /// <summary>A zip of every event the partnership owns, service by service, with a manifest; 502 when a service cannot be reached.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportEverything(
        FullExport export, HttpRequest request, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var caller = AuthenticationHeaderValue.Parse(request.Headers.Authorization.ToString());
            var zip = await export.BuildAsync(user.PartnershipId(), caller, clock.GetUtcNow(), cancellationToken);
            return TypedResults.File(zip, "application/zip", $"{user.PartnershipId()}-export-{clock.GetUtcNow():yyyyMMdd}.zip");
        }
        catch (FullExport.ServiceUnavailableException unavailable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The export could not be completed.", detail: unavailable.Message);
        }
    }
}
