using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
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
            options.AddOperationTransformer(AlternativeAnswers.DescribeAsync);
            options.AddOperationTransformer(Paging.DescribeAsync);
            options.AddOperationTransformer(OperationSummaries.DescribeAsync);
            options.AddOperationTransformer(new RequestExamples(requestExamples).DescribeAsync);
            var enums = new EnumSchemas();
            options.AddSchemaTransformer(enums.DescribeAsync);
            options.AddSchemaTransformer(FieldRuleSchemas.DescribeAsync);
            options.AddDocumentTransformer(enums.ReferAsync);
        });
        return builder;
    }

    /// <summary>Setting that serves the document: on where the gateway serves the documents, off by default.</summary>
    public const string Setting = "ApiDocuments";

    /// <summary>
    /// Serves the document only where configuration asks (the AppHost follows <c>Gateway:ApiDocuments</c>), so a
    /// deployment that publishes no documents has none to find behind the gateway either.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        if (app.Configuration.GetValue(Setting, defaultValue: false))
        {
            app.MapOpenApi().AllowAnonymous();
        }

        return app;
    }
}
