using System.Text.Json.Nodes;

namespace Safeguarding.Web.Tests;

/// <summary>
/// Data the pages cannot have expected, in the shape an API document promises: every name from a vocabulary is one a
/// newer version of the services added, and the rest is pushed to one edge, <see cref="Full"/> (every list holding an
/// item, every optional value present, the last day there is, large numbers) or <see cref="Empty"/> (every list
/// empty, every optional value missing, the first day there is, zeros). Every identifier is the same, so a page that
/// reads a record by the identifier another answer gave finds it.
/// </summary>
public sealed record OddData(string Name, bool Filled)
{
    public static readonly OddData Full = new("full", true);
    public static readonly OddData Empty = new("empty", false);

    public static readonly Guid Id = Guid.Parse("0d0d0d0d-0d0d-4d0d-8d0d-0d0d0d0d0d0d");
    public const string Text = "odd-text";
    public const string NewerName = "AddedByANewerVersion";

    /// <summary>Every number in the answers (a year, a count, a score).</summary>
    public int Number => Filled ? 9999 : 0;

    public static OddData Of(string name) => name == Full.Name ? Full : Empty;

    public override string ToString() => Name;

    /// <summary>A value for <paramref name="schema"/>, whose references are resolved in <paramref name="document"/>.</summary>
    public JsonNode? For(JsonNode schema, JsonObject document, int depth = 0)
    {
        var shape = schema.AsObject();
        if (depth > 24)
        {
            return null;
        }

        if (shape["$ref"]?.GetValue<string>() is { } reference)
        {
            return For(document["components"]!["schemas"]![reference.Split('/')[^1]]!, document, depth + 1);
        }

        if (shape["oneOf"] is JsonArray choices)
        {
            var values = choices.Where(c => c!["$ref"] is not null || c["type"] is not null).Select(c => For(c!, document, depth + 1)).ToList();
            return values.Count == choices.Count ? values.Aggregate(Merged) : Filled ? values.Single() : null;
        }

        if (shape["nullable"]?.GetValue<bool>() == true && !Filled)
        {
            return null;
        }

        if (shape["enum"] is not null)
        {
            return NewerName;
        }

        return (shape["type"]?.GetValue<string>(), shape["format"]?.GetValue<string>()) switch
        {
            ("array", _) => Filled ? new JsonArray(For(shape["items"]!, document, depth + 1)) : new JsonArray(),
            ("string", "date") => Filled ? "9999-12-31" : "0001-01-01",
            ("string", "date-time") => Filled ? "9999-12-31T23:59:59+00:00" : "0001-01-01T00:00:00+00:00",
            ("string", "uuid") => Id.ToString(),
            ("string", _) => Text,
            ("integer" or "number", _) => Number,
            ("boolean", _) => Filled,
            _ => ObjectFor(shape, document, depth),
        };
    }

    /// <summary>An answer that may come in one of several shapes (by who asks) comes with every shape's fields, so each reader finds its own.</summary>
    private static JsonNode? Merged(JsonNode? one, JsonNode? other) => (one, other) switch
    {
        (JsonObject a, JsonObject b) => new JsonObject(a.Concat(b).GroupBy(p => p.Key).Select(g => KeyValuePair.Create(g.Key, g.Select(p => p.Value?.DeepClone()).Aggregate(Merged)))),
        (JsonArray { Count: > 0 } a, JsonArray { Count: > 0 } b) => new JsonArray(Merged(a[0], b[0])),
        _ => one?.DeepClone(),
    };

    private JsonObject ObjectFor(JsonObject shape, JsonObject document, int depth)
    {
        var value = new JsonObject();
        foreach (var (name, property) in shape["properties"]?.AsObject() ?? [])
        {
            value[name] = For(property!, document, depth + 1);
        }

        if (Filled && shape["additionalProperties"] is JsonObject entry)
        {
            value[Text] = For(entry, document, depth + 1);
        }

        return value;
    }
}
