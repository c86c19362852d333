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

        // Every text and list a caller sends has a limit the document states, checked before any work is done.
        Xunit.Assert.Empty(Unbounded(JsonNode.Parse(published)!));

        // A partner's developer starts from a worked example of each request, and the example keeps the documented rules.
        Xunit.Assert.Empty(ExampleProblems(JsonNode.Parse(published)!));

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

    private static IEnumerable<string> Unbounded(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(o => o.Value?["requestBody"]?["content"]?["application/json"]?["schema"]))
            .SelectMany(schema => UnboundedIn(schema, "", schemas, []))
            .Distinct();
    }

    private static IEnumerable<string> UnboundedIn(JsonNode? schema, string at, JsonObject? schemas, HashSet<string> seen)
    {
        if (schema is not JsonObject node)
        {
            return [];
        }

        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            return seen.Add(name) ? UnboundedIn(schemas?[name], name, schemas, seen) : [];
        }

        IEnumerable<string> own = node["type"]?.ToString() switch
        {
            "string" when !new[] { "maxLength", "enum", "format", "pattern" }.Any(node.ContainsKey) => [at],
            "array" when !node.ContainsKey("maxItems") => [$"{at} (a list without maxItems)"],
            _ => [],
        };
        return own
            .Concat((node["oneOf"] as JsonArray ?? []).SelectMany(option => UnboundedIn(option, at, schemas, seen)))
            .Concat(UnboundedIn(node["items"], $"{at}[]", schemas, seen))
            .Concat((node["properties"] as JsonObject ?? []).SelectMany(p => UnboundedIn(p.Value, $"{at}.{p.Key}", schemas, seen)));
    }

    private static IEnumerable<string> ExampleProblems(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(o => (Name: $"{o.Key.ToUpperInvariant()} {path.Key}", Body: o.Value?["requestBody"]?["content"]?["application/json"])))
            .Where(o => o.Body is not null)
            .SelectMany(o => o.Body!["example"] is { } example
                ? Misfits(example, o.Body["schema"], o.Name, schemas)
                : [$"{o.Name} has no example request"]);
    }

    /// <summary>Where a value breaks its schema: required fields, nulls, lengths, patterns, enums and counts.</summary>
    private static IEnumerable<string> Misfits(JsonNode? value, JsonNode? schema, string at, JsonObject? schemas)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            return Misfits(value, schemas?[reference.Split('/')[^1]], at, schemas);
        }

        if (schema?["oneOf"] is JsonArray options)
        {
            return options.Any(option => !Misfits(value, option, at, schemas).Any()) ? [] : [$"{at} fits none of its schema's options"];
        }

        if (value is null)
        {
            return schema is null || schema["nullable"]?.GetValue<bool>() == true ? [] : [$"{at} is null"];
        }

        return (value, schema) switch
        {
            (JsonValue text, JsonObject rules) when text.TryGetValue<string>(out var s) => TextMisfits(s, rules, at),
            (JsonArray items, JsonObject rules) =>
            [
                .. rules["maxItems"]?.GetValue<int>() is { } most && items.Count > most ? [$"{at} has more than {most} items"] : Array.Empty<string>(),
                .. rules["minItems"]?.GetValue<int>() is { } least && items.Count < least ? [$"{at} has fewer than {least} items"] : Array.Empty<string>(),
                .. items.SelectMany((item, i) => Misfits(item, rules["items"], $"{at}[{i}]", schemas)),
            ],
            (JsonObject fields, JsonObject rules) =>
            [
                .. (rules["required"] as JsonArray ?? []).Select(r => r!.ToString()).Where(r => !fields.ContainsKey(r)).Select(r => $"{at}.{r} is missing"),
                .. fields.SelectMany(f => Misfits(f.Value, rules["properties"]?[f.Key], $"{at}.{f.Key}", schemas)),
            ],
            _ => [],
        };
    }

    private static IEnumerable<string> TextMisfits(string text, JsonObject rules, string at)
    {
        if (rules["maxLength"]?.GetValue<int>() is { } max && text.Length > max)
        {
            yield return $"{at} is longer than {max}";
        }

        if (rules["pattern"]?.GetValue<string>() is { } pattern && !System.Text.RegularExpressions.Regex.IsMatch(text, pattern))
        {
            yield return $"{at} does not match {pattern}";
        }

        if (rules["enum"] is JsonArray allowed && allowed.All(a => a?.ToString() != text))
        {
            yield return $"{at} is not one of its enum";
        }
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
