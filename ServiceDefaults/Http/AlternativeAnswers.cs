using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// An operation that answers 200 in more than one shape, by who asks (a coordinator reads a programme's draft, everyone
/// else its published version), documents every shape as one of its answers: left alone, the document would show only
/// the last, and a reader generated from it would misread the others.
/// </summary>
internal static class AlternativeAnswers
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var shapes = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode == StatusCodes.Status200OK && m.Type is { } type && type != typeof(void))
            .Select(m => m.Type!)
            .Distinct()
            .ToList();
        if (shapes.Count > 1
            && operation.Responses?.TryGetValue("200", out var ok) == true
            && ok.Content?.TryGetValue("application/json", out var answer) == true
            && context.Document is { } document)
        {
            answer.Schema = new OpenApiSchema { OneOf = [.. shapes.Select(shape => SchemaOf(shape, document))] };
        }

        return Task.CompletedTask;
    }

    private static IOpenApiSchema SchemaOf(Type shape, OpenApiDocument document) =>
        ItemOf(shape) is { } item
            ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(item.Name, document) }
            : new OpenApiSchemaReference(shape.Name, document);

    private static Type? ItemOf(Type shape) =>
        shape.IsGenericType && shape.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? shape.GetGenericArguments()[0] : null;
}
