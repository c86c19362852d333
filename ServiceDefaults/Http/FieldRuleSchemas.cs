using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// States in a request's schema the rules its decision checks (FieldRules): what is required and never null,
/// lengths, patterns, ranges and counts. A request's fields stay nullable in C# so that a missing one is answered
/// with a 400 naming it, but the document says what a valid request holds.
/// </summary>
public static class FieldRuleSchemas
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { } properties)
        {
            return Task.CompletedTask;
        }

        var declared = context.JsonTypeInfo.Properties
            .Select(p => (p.Name, Rules: p.AttributeProvider is PropertyInfo property ? FieldRules.RulesOf(property) : []))
            .Where(p => p.Rules.Length > 0 && properties.ContainsKey(p.Name))
            .ToList();
        // Only requests declare rules; every date's window alone does not make an answer's schema a request's.
        if (!declared.Any(p => p.Rules.Any(rule => rule != DateWindowAttribute.Platform)))
        {
            return Task.CompletedTask;
        }

        // Only what the decision requires must be sent; the rest may be left out.
        schema.Required = declared.Where(p => p.Rules.OfType<RequiredAttribute>().Any()).Select(p => p.Name).ToHashSet();
        foreach (var (name, rules) in declared)
        {
            properties[name] = Described(properties[name], rules);
        }

        return Task.CompletedTask;
    }

    private static IOpenApiSchema Described(IOpenApiSchema property, ValidationAttribute[] rules)
    {
        if (property is not OpenApiSchema schema)
        {
            return property;
        }

        foreach (var rule in rules)
        {
            Describe(schema, rule);
        }

        return schema;
    }

    private static void Describe(OpenApiSchema schema, ValidationAttribute rule)
    {
        switch (rule)
        {
            case RequiredAttribute:
                schema.Type &= ~JsonSchemaType.Null;
                EnumSchemas.Require(schema);
                if (schema is { Type: JsonSchemaType.String, Format: null })
                {
                    schema.MinLength ??= 1;
                }

                break;
            case StringLengthAttribute length:
                (schema.MaxLength, schema.MinLength) = (length.MaximumLength, length.MinimumLength > 0 ? length.MinimumLength : schema.MinLength);
                break;
            case RegularExpressionAttribute pattern:
                schema.Pattern = pattern.Pattern;
                break;
            case RangeAttribute range:
                (schema.Minimum, schema.Maximum) = (Invariant(range.Minimum), Invariant(range.Maximum));
                break;
            case LengthAttribute count:
                (schema.MinItems, schema.MaxItems) = (count.MinimumLength, count.MaximumLength);
                break;
            case MinLengthAttribute count:
                schema.MinItems = count.Length;
                break;
            case MaxLengthAttribute count:
                schema.MaxItems = count.Length;
                break;
            case OneOfAttribute oneOf when schema.Items is OpenApiSchema items:
                items.Enum = [.. oneOf.Values.Select(v => (JsonNode)v)];
                break;
            case OneOfAttribute oneOf:
                schema.Enum = [.. oneOf.Values.Select(v => (JsonNode)v)];
                break;
            case DateWindowAttribute window:
                schema.Description = $"{schema.Description} {window.Rule}".TrimStart();
                break;
            case CaseTextAttribute:
                schema.Description = $"{schema.Description} {CaseTextAttribute.Rule}".TrimStart();
                schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                schema.Extensions["x-case-text"] = new JsonNodeExtension(JsonValue.Create(true));
                break;
            case ItemLengthAttribute each when schema.Items is OpenApiSchema items:
                (items.MinLength, items.MaxLength) = (1, each.MaximumLength);
                items.Type &= ~JsonSchemaType.Null;
                break;
        }
    }

    private static string? Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);
}
