using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.Rebuild;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Reporting.Board;

public static class BoardReportEndpoints
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapBoardReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/board", GetBoardReport).WithTags("Board report").RequireAuthorization(Policies.ReadReports);
        return app;
    }

    /// <summary>The year's Board report as JSON (default), PDF, Word (docx) or HTML.</summary>
    public static async Task<Results<Ok<BoardReport>, FileContentHttpResult, ValidationProblem>> GetBoardReport(
        int? year, string? format, IQuerySession session, ReadModelFreshness freshness, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors()
            .When(year is < 2000 or > 2100, "year", "year must be between 2000 and 2100.")
            .When(format is not (null or "json" or "pdf" or "docx" or "html"), "format", "format is one of json, pdf, docx, html.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var fresh = await freshness.MeasureAsync(session, cancellationToken);
        var data = await ReportStore.LoadAsync(session, clock, cancellationToken);
        var overview = OverviewFigures.Overview(user.PartnershipId(), data, year ?? today.Year, today, fresh);
        var report = BoardReportBuilder.Build(overview, data, today);
        var name = $"board-report-{report.Year}";
        return format switch
        {
            "pdf" => TypedResults.File(BoardReportRenderers.Pdf(report), "application/pdf", $"{name}.pdf"),
            "docx" => TypedResults.File(BoardReportRenderers.Word(report), Docx, $"{name}.docx"),
            "html" => TypedResults.File(BoardReportRenderers.Html(report), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(report),
        };
    }
}
