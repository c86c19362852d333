using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Safeguarding.Contracts;

namespace Safeguarding.ServiceDefaults.Problems;

public static class ProblemResponsesExtensions
{
    /// <summary>
    /// Every error leaves as application/problem+json (RFC 9457): bad input names its field, a lost
    /// concurrency race is a 412/409, an unreachable database a 503 with Retry-After, anything unforeseen a 500 without
    /// internals.
    /// </summary>
    public static TBuilder AddProblemResponses<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures must reach the handler above, so they can name the field, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Enums by name only: a number, a list of names or an unknown name is a 400 naming the field, never a stored default.
        // Numbers as numbers: "3" for a count is refused, and the documents say plainly that a number is wanted.
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new WireEnums());
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });

        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        return builder;
    }

    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
