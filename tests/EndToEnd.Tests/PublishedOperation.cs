using System.Text.Json;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// One operation a service publishes in its OpenAPI document through the gateway: its method, path template and, for
/// a JSON body, the body's schema and worked example.
/// </summary>
public sealed record PublishedOperation(string Service, string Method, string Template, JsonElement? Body, JsonElement? Example, JsonElement Document)
{
    public static readonly IReadOnlyList<string> Services = ["programme", "audit", "section11", "learning", "reporting", "notifications", "identity"];

    public static async Task<IReadOnlyList<PublishedOperation>> ReadAsync(WholeSystem system)
    {
        var operations = new List<PublishedOperation>();
        foreach (var service in Services)
        {
            var document = JsonDocument.Parse(await system.Gateway().GetStringAsync($"/openapi/{service}.json")).RootElement;
            foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
                {
                    var json = operation.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var content)
                        ? content
                        : (JsonElement?)null;
                    operations.Add(new PublishedOperation(
                        service, operation.Name.ToUpperInvariant(), path.Name, json?.GetProperty("schema"), json is { } j && j.TryGetProperty("example", out var example) ? example : null, document));
                }
            }
        }

        Assert.True(operations.Count > 100, $"Only {operations.Count} operations were published.");
        return operations;
    }

    /// <summary>A schema with its reference followed, against this operation's document.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(Document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;
}
