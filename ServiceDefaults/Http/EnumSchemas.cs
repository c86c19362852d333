using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// Enums travel by name (see WireEnums), so the documents list the names a reader may send, in one schema per enum.
/// A field that may be null refers to that schema beside null, as the documents do for records, so that a generated
/// client has one type per enum rather than one per field. A list of an enum, which the framework leaves without
/// items when the enum has its own converter, refers to the same schema.
/// </summary>
public sealed class EnumSchemas
{
    private const string Mark = "x-enum-name";
    private const string ItemMark = "x-enum-item";
    private const string RequiredMark = "x-enum-required";
    private readonly ConcurrentDictionary<string, Type> _seen = new();

    public Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((System.Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            _seen[enumType.Name] = enumType;
            (schema.Type, schema.Format, schema.Enum) = (JsonSchemaType.String, null, Names(enumType));
            if (enumType != type)
            {
                // Resolved once the whole document exists: a reference made now would not survive the generator.
                Marked(schema, Mark, enumType);
            }
        }
        else if (schema.Items is null && ElementEnum(type) is { } elementType)
        {
            _seen[elementType.Name] = elementType;
            schema.Items = Marked(new OpenApiSchema(), ItemMark, elementType);
        }
        else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            MarkNullableEnumProperties(schema, context.JsonTypeInfo);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A property of a nullable enum type would otherwise share the enum's schema with the non-nullable uses, and
    /// lose the null the API really sends.
    /// </summary>
    private void MarkNullableEnumProperties(OpenApiSchema schema, JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (System.Nullable.GetUnderlyingType(property.PropertyType) is { IsEnum: true } enumType && schema.Properties?.ContainsKey(property.Name) == true)
            {
                _seen[enumType.Name] = enumType;
                schema.Properties[property.Name] = Marked(new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(enumType) }, Mark, enumType);
            }
        }
    }

    /// <summary>A field of a nullable enum type that a valid request always carries refers to the enum alone.</summary>
    public static void Require(OpenApiSchema schema)
    {
        if (IsMarked(schema))
        {
            schema.Extensions![RequiredMark] = new JsonNodeExtension(JsonValue.Create(true));
        }
    }

    public Task ReferAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, enumType) in _seen)
        {
            if (document.Components?.Schemas?.ContainsKey(name) != true)
            {
                document.AddComponent(name, new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(enumType) });
            }
        }

        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Refer(document, schema);
            (schema as OpenApiSchema)?.Extensions?.Remove(Mark);
        }

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => IsMarked(p.Schema)))
            {
                parameter.Schema = NullableReference(document, parameter.Schema!);
            }

            foreach (var content in (operation.RequestBody?.Content?.Values ?? []).Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []))
            {
                Refer(document, content.Schema);
            }
        }

        return Task.CompletedTask;
    }

    private static void Refer(OpenApiDocument document, IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        foreach (var (property, value) in (concrete.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList())
        {
            if (IsMarked(value))
            {
                concrete.Properties![property] = NullableReference(document, value);
            }
            else
            {
                Refer(document, value);
            }
        }

        if (IsMarked(concrete.Items))
        {
            concrete.Items = NullableReference(document, concrete.Items!);
        }
        else if (concrete.Items is OpenApiSchema { Extensions: { } extensions } && extensions.TryGetValue(ItemMark, out var item))
        {
            concrete.Items = new OpenApiSchemaReference(NameIn(item), document);
        }
    }

    private static OpenApiSchema Marked(OpenApiSchema schema, string mark, Type enumType)
    {
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions[mark] = new JsonNodeExtension(JsonValue.Create(enumType.Name));
        return schema;
    }

    private static Type? ElementEnum(Type type) =>
        type.IsArray ? EnumOrNull(type.GetElementType()!)
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? EnumOrNull(enumerable.GetGenericArguments()[0])
            : null;

    private static Type? EnumOrNull(Type type) => type.IsEnum ? type : null;

    private static bool IsMarked(IOpenApiSchema? schema) => schema is OpenApiSchema { Extensions: { } extensions } && extensions.ContainsKey(Mark);

    private static string NameIn(IOpenApiExtension mark) => ((JsonNodeExtension)mark).Node.GetValue<string>();

    private static IOpenApiSchema NullableReference(OpenApiDocument document, IOpenApiSchema marked)
    {
        var extensions = ((OpenApiSchema)marked).Extensions!;
        var name = NameIn(extensions[Mark]);
        if (extensions.ContainsKey(RequiredMark))
        {
            return new OpenApiSchemaReference(name, document);
        }

        return new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null, Enum = [null!] }, new OpenApiSchemaReference(name, document)] };
    }

    private static List<JsonNode> Names(Type enumType) => [.. Enum.GetNames(enumType).Select(name => (JsonNode)name)];
}
