using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Bodies no service may accept, generated from an operation's published schema and its worked example: not JSON, the
/// wrong shape, required fields missing, and one field at a time broken (a wrong type, a string or a list one past its
/// stated limit, a value outside its vocabulary, a date at the edge of the calendar).
/// </summary>
public static class MalformedBodies
{
    public static IEnumerable<(string Kind, string Json)> For(PublishedOperation operation)
    {
        yield return ("not-json", "{\"");
        yield return ("null", "null");
        yield return ("wrong-shape", "[]");
        if (operation.Body is not { } body || operation.Resolve(body) is not { ValueKind: JsonValueKind.Object } schema
            || !schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        if (schema.TryGetProperty("required", out var required) && required.GetArrayLength() > 0)
        {
            yield return ("missing-fields", "{}");
        }

        var example = operation.Example is { ValueKind: JsonValueKind.Object } e ? e : JsonDocument.Parse("{}").RootElement;
        foreach (var property in properties.EnumerateObject())
        {
            var field = NonNull(operation, property.Value);
            foreach (var (kind, value) in Broken(operation, field, example.TryGetProperty(property.Name, out var sample) ? sample : null))
            {
                var broken = JsonNode.Parse(example.GetRawText())!.AsObject();
                broken[property.Name] = value;
                yield return (kind, broken.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string Kind, JsonNode? Value)> Broken(PublishedOperation operation, JsonElement field, JsonElement? sample)
    {
        var type = TypeOf(field);
        yield return ("wrong-type", type is "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + (type ?? "value")));
        if (field.TryGetProperty("enum", out _))
        {
            yield return ("unknown-enum", JsonValue.Create("not-in-the-vocabulary"));
        }

        if (type == "string" && !field.TryGetProperty("enum", out _) && !field.TryGetProperty("format", out _))
        {
            var length = field.TryGetProperty("maxLength", out var max) ? max.GetInt32() + 1 : 100_000;
            yield return ("huge-string", JsonValue.Create(new string('x', length)));
        }

        if (field.TryGetProperty("format", out var format) && format.GetString() is "date" or "date-time")
        {
            var date = format.GetString() == "date";
            yield return ("extreme-date", JsonValue.Create(date ? "9999-12-31" : "9999-12-31T23:59:59Z"));
            yield return ("extreme-date", JsonValue.Create(date ? "0001-01-01" : "0001-01-01T00:00:00Z"));
        }

        if (type == "array")
        {
            var count = field.TryGetProperty("maxItems", out var max) ? max.GetInt32() + 1 : 10_001;
            var item = sample is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
                ? list[0].GetRawText()
                : ItemFor(operation, field);
            yield return ("huge-array", JsonNode.Parse("[" + string.Join(',', Enumerable.Repeat(item, count)) + "]"));
        }
    }

    private static string ItemFor(PublishedOperation operation, JsonElement array) =>
        array.TryGetProperty("items", out var items) && TypeOf(NonNull(operation, items)) is "integer" or "number"
            ? "1"
            : "\"" + Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture) + "\"";

    /// <summary>The schema a nullable field holds when it holds something.</summary>
    private static JsonElement NonNull(PublishedOperation operation, JsonElement schema)
    {
        var resolved = operation.Resolve(schema);
        foreach (var choice in new[] { "oneOf", "anyOf" })
        {
            if (resolved.TryGetProperty(choice, out var options))
            {
                return options.EnumerateArray().Select(operation.Resolve).FirstOrDefault(o => TypeOf(o) != "null", resolved);
            }
        }

        return resolved;
    }

    private static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
        : type.GetString();
}
