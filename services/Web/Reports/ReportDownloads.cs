using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Reports;

/// <summary>
/// Files and progress the Reporting API makes, fetched as the signed-in person and handed to their browser: the Board
/// report, the exports, and the rebuild's status (read by the progress script while a rebuild runs).
/// </summary>
public static class ReportDownloads
{
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/board-report-{year:int}.{format:regex(^(pdf|docx)$)}", BoardReportAsync).RequireAuthorization();
        app.MapGet("/reports/exports/{table:regex(^[a-z0-9-]+$)}.{format:regex(^(csv|xlsx)$)}", ExportAsync).RequireAuthorization();
        app.MapGet("/reports/rebuild/status", RebuildStatusAsync).RequireAuthorization();
        return app;
    }

    public static Task<Results<FileContentHttpResult, NotFound>> BoardReportAsync(int year, string format, GatewayApi api, CancellationToken cancellationToken) =>
        FileAsync(api, $"/api/reports/board?year={year}&format={format}", $"board-report-{year}.{format}", cancellationToken);

    public static Task<Results<FileContentHttpResult, NotFound>> ExportAsync(string table, string format, GatewayApi api, CancellationToken cancellationToken) =>
        FileAsync(api, $"/api/reports/exports/{table}.{format}", $"{table}.{format}", cancellationToken);

    public static async Task<Results<Ok<RebuildStatusDto>, NotFound>> RebuildStatusAsync(GatewayApi api, CancellationToken cancellationToken) =>
        await api.TryGetAsync<RebuildStatusDto>("/api/reports/rebuild", cancellationToken) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(GatewayApi api, string path, string name, CancellationToken cancellationToken) =>
        await api.TryGetFileAsync(path, cancellationToken) is { } file ? TypedResults.File(file.Content, file.ContentType, name) : TypedResults.NotFound();
}
