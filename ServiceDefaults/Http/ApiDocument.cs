using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

public static class ApiDocument
{
    /// <summary>
    /// The service's OpenAPI document at /openapi/v1.json, with an example of each request it accepts. It names no
    /// server: readers reach it through the gateway, whose own address is the one to call.
    /// </summary>
    public static TBuilder AddApiDocument<TBuilder>(this TBuilder builder, params IEnumerable<object> requestExamples)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi(options =>
        {
            // OpenAPI 3.0: what partners' generators (and the web's) read most reliably.
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(ApiResponses.DescribeSecurityAsync);
            options.AddOperationTransformer(ApiResponses.DescribeAsync);
            options.AddOperationTransformer(OperationSummaries.DescribeAsync);
            options.AddOperationTransformer(new RequestExamples(requestExamples).DescribeAsync);
            var enums = new EnumSchemas();
            options.AddSchemaTransformer(enums.DescribeAsync);
            options.AddSchemaTransformer(FieldRuleSchemas.DescribeAsync);
            options.AddDocumentTransformer(enums.ReferAsync);
        });
        return builder;
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
