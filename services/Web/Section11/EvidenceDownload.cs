using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Section11;

/// <summary>An evidence document, fetched from the Section 11 API as the signed-in person (who must be allowed to read it).</summary>
public static class EvidenceDownload
{
    public static IEndpointRouteBuilder MapEvidenceDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/section11/{kind:regex(^section1(1|75)$)}/{cycleId:guid}/assessments/{organisationId:guid}/evidence/{evidenceId:guid}/file", DownloadAsync).RequireAuthorization();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        string kind, Guid cycleId, Guid organisationId, Guid evidenceId, GatewayApi api, CancellationToken cancellationToken) =>
        await api.TryGetFileAsync($"/api/{kind}/cycles/{cycleId}/assessments/{organisationId}/evidence/{evidenceId}/file", cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName ?? $"evidence-{evidenceId:N}")
            : TypedResults.NotFound();
}
