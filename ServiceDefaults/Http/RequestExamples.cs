using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// One worked example of each request a service accepts, written as the typed request itself (so a renamed field
/// breaks the build) and shown in the document beside the request's schema, serialised as the API reads it.
/// </summary>
public sealed class RequestExamples(IEnumerable<object> examples)
{
    private readonly Dictionary<Type, object> _byType = examples.ToDictionary(example => example.GetType());

    public Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (body is not null && _byType.TryGetValue(body, out var example) && operation.RequestBody?.Content?.TryGetValue("application/json", out var content) == true)
        {
            var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            content.Example = JsonSerializer.SerializeToNode(example, body, json);
        }

        return Task.CompletedTask;
    }
}
