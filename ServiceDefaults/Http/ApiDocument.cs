using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.ServiceDefaults.Http;

public static class ApiDocument
{
    /// <summary>
    /// The service's OpenAPI document at /openapi/v1.json. It names no server: readers reach it through the
    /// gateway, whose own address is the one to call.
    /// </summary>
    public static TBuilder AddApiDocument<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
