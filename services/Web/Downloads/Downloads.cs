using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Web.Api;
using Safeguarding.Web.Privacy;
using Safeguarding.Web.Reports;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Downloads;

/// <summary>
/// Files and progress the APIs make, fetched as the signed-in person and handed to their browser: the Board report,
/// the exports, the rebuild's status (read by the progress script while a rebuild runs), Section 11 evidence and the
/// access record.
/// </summary>
public static class Downloads
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/board-report-{year:int}.{format:regex(^(pdf|docx)$)}", BoardReportAsync).RequireAuthorization();
        app.MapGet("/reports/exports/{table:regex(^[a-z0-9-]+$)}.{format:regex(^(csv|xlsx)$)}", ExportAsync).RequireAuthorization();
        app.MapGet("/reports/rebuild/status", RebuildStatusAsync).RequireAuthorization();
        app.MapGet("/access-log/export.csv", AccessRecordAsync).RequireAuthorization();
        app.MapPost("/subject-access/export.zip", SubjectAccessAsync).RequireAuthorization();
        app.MapPost("/subject-access/staff-export.zip", StaffSubjectAccessAsync).RequireAuthorization();
        app.MapGet("/section11/{kind:regex(^section1(1|75)$)}/{cycleId:guid}/assessments/{organisationId:guid}/evidence/{evidenceId:guid}/file", EvidenceAsync).RequireAuthorization();
        return app;
    }

    public static Task<Results<FileContentHttpResult, NotFound>> BoardReportAsync(int year, string format, GatewayApi api, CancellationToken cancellationToken) =>
        FileAsync(api, $"/api/reports/board?year={year}&format={format}", $"board-report-{year}.{format}", cancellationToken);

    public static Task<Results<FileContentHttpResult, NotFound>> ExportAsync(string table, string format, GatewayApi api, CancellationToken cancellationToken) =>
        FileAsync(api, $"/api/reports/exports/{table}.{format}", $"{table}.{format}", cancellationToken);

    public static async Task<Results<Ok<RebuildStatusDto>, NotFound>> RebuildStatusAsync(GatewayApi api, CancellationToken cancellationToken) =>
        await api.TryGetAsync<RebuildStatusDto>("/api/reports/rebuild", cancellationToken) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    /// <summary>The access record the page shows for the same query, as a spreadsheet; a query the page would refuse is refused.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> AccessRecordAsync(
        string? from, string? to, string? person, string? record, GatewayApi api, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = AccessQuery.Parse(from, to, person, record, Dates.TodayInUk(clock));
        return query is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
            : TypedResults.File(AccessRecord.Csv(await AccessRecord.ReadAsync(api, query, cancellationToken)), "text/csv", $"access-record-{query.From:yyyy-MM-dd}-to-{query.To:yyyy-MM-dd}.csv");
    }

    /// <summary>Everything every service holds about a case, as one zip of JSON and a PDF; the key comes in the form, never in the address.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> SubjectAccessAsync(
        [FromForm] string? caseKey, GatewayApi api, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (outcome, services) = await SubjectAccessExport.AskAsync(api, SubjectAccessExport.AboutACase, new { caseKey }, cancellationToken);
        return ZipOf(outcome, () => $"case {caseKey}", services, "caseKey", clock);
    }

    /// <summary>Everything every service holds about a member of staff's account, as one zip of JSON and a PDF.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> StaffSubjectAccessAsync(
        [FromForm] string? subject, GatewayApi api, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (outcome, services) = await SubjectAccessExport.AskAsync(api, SubjectAccessExport.AboutStaff, new { subject }, cancellationToken);
        return ZipOf(outcome, () => SubjectAccessExport.StaffMemberIn(services, subject!), services, "subject", clock);
    }

    private static Results<FileContentHttpResult, ValidationProblem> ZipOf(ApiOutcome outcome, Func<string> about, IReadOnlyList<ServiceHeld> services, string field, TimeProvider clock) =>
        outcome.Succeeded
            ? TypedResults.File(SubjectAccessExport.Zip(about(), services, clock.GetUtcNow()), "application/zip", $"subject-access-{Dates.TodayInUk(clock):yyyy-MM-dd}.zip")
            : TypedResults.ValidationProblem(outcome.FieldErrors.Count > 0 ? outcome.FieldErrors.ToDictionary() : new() { [field] = [outcome.Refusal ?? "Refused."] });

    /// <summary>An evidence document, under the name it was uploaded with; only those allowed to read it get it.</summary>
    public static Task<Results<FileContentHttpResult, NotFound>> EvidenceAsync(
        string kind, Guid cycleId, Guid organisationId, Guid evidenceId, GatewayApi api, CancellationToken cancellationToken) =>
        FileAsync(api, $"/api/{kind}/cycles/{cycleId}/assessments/{organisationId}/evidence/{evidenceId}/file", null, cancellationToken);

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(GatewayApi api, string path, string? name, CancellationToken cancellationToken) =>
        await api.TryGetFileAsync(path, cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, name ?? file.FileName ?? "download")
            : TypedResults.NotFound();
}
