using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Tools;

public sealed record ToolSummary(Guid Id, string Name, string? Description, bool IsBuiltIn, long Version, int Sections, int Questions)
{
    public static ToolSummary Of(AuditTool tool) =>
        new(tool.Id, tool.Template.Name, tool.Template.Description, tool.IsBuiltIn, tool.Version,
            tool.Template.Sections.Count, tool.Template.Sections.Sum(s => s.Questions.Count));
}

public static class ToolEndpoints
{
    public static IEndpointRouteBuilder MapAuditToolsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit-tools").WithTags("Audit tools");
        group.MapGet("/", ListTools).RequireAuthorization(Policies.ReadAudits).Paged();
        group.MapGet("/grade-scales", ListGradeScales).RequireAuthorization(Policies.ReadAudits).Paged();
        group.MapGet("/{id:guid}", GetTool).RequireAuthorization(Policies.ReadAudits);
        group.MapPost("/{id:guid}/copies", CopyTool).RequireAuthorization(Policies.RunAudits);
        group.MapPut("/{id:guid}", ReviseTool).RequireAuthorization(Policies.RunAudits);
        return app;
    }

    /// <summary>The built-in audit tools and the partnership's own copies, each with its sections, questions and grade scale.</summary>
    public static async Task<Ok<IReadOnlyList<ToolSummary>>> ListTools(IQuerySession session, CancellationToken cancellationToken)
    {
        var own = await session.Query<AuditTool>().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ToolSummary>>(
            [.. BuiltInTools.All.Select(ToolSummary.Of), .. own.OrderBy(t => t.Template.Name).Select(ToolSummary.Of)]);
    }

    /// <summary>The grade scales a tool may use, with the grades that meet expectation.</summary>
    public static Ok<IReadOnlyList<GradeScale>> ListGradeScales() => TypedResults.Ok(GradeScales.All);

    /// <summary>The tool as it is now, or as it was at an earlier version (what an audit that started then uses).</summary>
    public static async Task<Results<Ok<AuditTool>, NotFound>> GetTool(
        Guid id,
        long? version,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var tool = await ToolVersions.FindAsync(session, id, version, cancellationToken);
        if (tool is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(tool.Version);
        return TypedResults.Ok(tool);
    }

    /// <summary>Copy a tool as the partnership's own, to adapt it.</summary>
    public static async Task<Results<Created<AuditTool>, ValidationProblem, NotFound>> CopyTool(
        Guid id,
        CopyAuditTool command,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = ToolDecisions.Validate(command);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await ToolVersions.FindAsync(session, id, null, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }

        var copied = ToolDecisions.Copy(source, command, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow());
        return await StreamCommands.StartAsync<AuditTool>(session, copied.ToolId, copied, $"/api/audit-tools/{copied.ToolId}", response, cancellationToken);
    }

    /// <summary>Revise one of the partnership's own tools: a new version; audits keep the version they started with.</summary>
    public static async Task<Results<Ok<AuditTool>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseTool(
        Guid id,
        ToolTemplateInput input,
        IDocumentSession session,
        ClaimsPrincipal user,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        if (BuiltInTools.Find(id) is not null)
        {
            return StreamCommands.NotAllowed(ToolDecisions.BuiltInToolsAreFixed);
        }

        return await StreamCommands.ExecuteAsync<AuditTool, AuditTool>(
            session, id, http, tool => ToolDecisions.Revise(tool, input, user.ToActor(), clock.GetUtcNow()), tool => tool, cancellationToken);
    }
}
