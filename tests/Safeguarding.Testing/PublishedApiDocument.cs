using System.Text.Json.Nodes;

namespace Safeguarding.Testing;

/// <summary>
/// The web front end and the partner-system client are generated from the services' OpenAPI documents kept in
/// services/Web/ApiDocuments. A service whose published document differs from its copy fails here, so a renamed or
/// removed field cannot reach a page at run time: scripts/update-api-documents.sh refreshes the copies, and then the
/// web's build shows every page the change breaks.
/// </summary>
public static class PublishedApiDocument
{
    public static string PathOf(string service) => Path.Combine(Repository.Root, "services", "Web", "ApiDocuments", $"{service}.json");

    public static async Task AssertCheckedInAsync(HttpClient client, string service)
    {
        var published = await client.GetStringAsync("/openapi/v1.json");
        var path = PathOf(service);
        if (Environment.GetEnvironmentVariable("UPDATE_API_DOCUMENTS") == "1")
        {
            await File.WriteAllTextAsync(path, JsonNode.Parse(published)!.ToJsonString(new() { WriteIndented = true }) + "\n");
        }

        // A generator reads a list without items as a list of anything, which the web's build cannot check.
        Xunit.Assert.Empty(ListsOfAnything(JsonNode.Parse(published), ""));

        // A partner's developer reads what each operation does in the document, not in our code or README.
        Xunit.Assert.Empty(OperationsWithoutSummary(JsonNode.Parse(published)!));

        // Every text a caller sends has a limit the document states, checked before any work is done.
        Xunit.Assert.Empty(UnboundedTexts(JsonNode.Parse(published)!));

        var checkedIn = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path)) : null;
        Xunit.Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(published), checkedIn),
            $"{service}'s published OpenAPI document differs from {path}: run scripts/update-api-documents.sh and rebuild the web front end.");
    }

    private static IEnumerable<string> OperationsWithoutSummary(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Value?["responses"] is not null).Select(o => (Path: path.Key, Method: o.Key, Operation: o.Value!)))
            .Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}");

    private static IEnumerable<string> UnboundedTexts(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(o => o.Value?["requestBody"]?["content"]?["application/json"]?["schema"]))
            .SelectMany(schema => Unbounded(schema, "", schemas, []))
            .Distinct();
    }

    private static IEnumerable<string> Unbounded(JsonNode? schema, string at, JsonObject? schemas, HashSet<string> seen)
    {
        if (schema is not JsonObject node)
        {
            return [];
        }

        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            return seen.Add(name) ? Unbounded(schemas?[name], name, schemas, seen) : [];
        }

        var bounded = new[] { "maxLength", "enum", "format", "pattern" }.Any(node.ContainsKey);
        IEnumerable<string> own = node["type"]?.ToString() == "string" && !bounded ? [at] : [];
        return own
            .Concat((node["oneOf"] as JsonArray ?? []).SelectMany(option => Unbounded(option, at, schemas, seen)))
            .Concat(Unbounded(node["items"], $"{at}[]", schemas, seen))
            .Concat((node["properties"] as JsonObject ?? []).SelectMany(p => Unbounded(p.Value, $"{at}.{p.Key}", schemas, seen)));
    }

    private static IEnumerable<string> ListsOfAnything(JsonNode? node, string path) => node switch
    {
        JsonObject schema when schema["type"] is JsonValue type && type.ToString() == "array" && schema["items"] is null =>
            [path, .. schema.SelectMany(p => ListsOfAnything(p.Value, $"{path}/{p.Key}"))],
        JsonObject other => other.SelectMany(p => ListsOfAnything(p.Value, $"{path}/{p.Key}")),
        JsonArray list => list.SelectMany((item, i) => ListsOfAnything(item, $"{path}/{i}")),
        _ => [],
    };
}
