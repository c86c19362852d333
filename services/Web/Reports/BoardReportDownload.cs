using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Reports;

/// <summary>The Board report as a file, fetched from the Reporting API as the signed-in person and handed to their browser.</summary>
public static class BoardReportDownload
{
    public static IEndpointRouteBuilder MapBoardReportDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/board-report-{year:int}.{format:regex(^(pdf|docx)$)}", DownloadAsync).RequireAuthorization();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int year, string format, GatewayApi api, CancellationToken cancellationToken) =>
        await api.TryGetFileAsync($"/api/reports/board?year={year}&format={format}", cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, $"board-report-{year}.{format}")
            : TypedResults.NotFound();
}
