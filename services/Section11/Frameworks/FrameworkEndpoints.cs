using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Frameworks;

public static class FrameworkEndpoints
{
    public static IEndpointRouteBuilder MapFrameworksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/section11").WithTags("Frameworks").RequireAuthorization(Policies.ReadSection11);
        group.MapGet("/frameworks", ListFrameworks).Paged();
        group.MapGet("/frameworks/{key}", GetFramework);
        group.MapGet("/scoring-schemes", ListScoringSchemes).Paged();
        return app;
    }

    /// <summary>The self-assessment frameworks: standards and indicators.</summary>
    public static Ok<IReadOnlyList<Framework>> ListFrameworks() => TypedResults.Ok(BuiltInFrameworks.All);

    /// <summary>One framework with its standards and indicators.</summary>
    public static Results<Ok<Framework>, NotFound> GetFramework(string key) =>
        BuiltInFrameworks.Find(key) is { } framework ? TypedResults.Ok(framework) : TypedResults.NotFound();

    /// <summary>The scoring schemes a cycle may use, best score first.</summary>
    public static Ok<IReadOnlyList<ScoringScheme>> ListScoringSchemes() => TypedResults.Ok(ScoringSchemes.All);
}
