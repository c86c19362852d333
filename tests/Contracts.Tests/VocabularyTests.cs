using System.Reflection;
using System.Text.Json.Serialization;
using Safeguarding.Contracts;

namespace Safeguarding.Contracts.Tests;

/// <summary>
/// What one service says and another interprets is a type, never a free string: the build fails here the day an
/// integration event grows a text field that is not words for people (free text) or an opaque identifier.
/// </summary>
public class VocabularyTests
{
    [Fact]
    public void Every_text_an_integration_event_carries_is_free_text_or_an_identifier_and_everything_else_is_typed()
    {
        var untyped = IntegrationEventShapes.Fields()
            .Where(f => IntegrationEventShapes.Carried(f.Property.PropertyType).Contains(typeof(string)))
            .Where(f => !IntegrationEventShapes.Has<FreeTextAttribute>(f.Owner, f.Property) && !IntegrationEventShapes.Has<IdentifierAttribute>(f.Owner, f.Property))
            .Select(f => $"{f.Owner.Name}.{f.Property.Name}")
            .ToList();

        Assert.True(untyped.Count == 0, $"Make these an enum or a typed key, or mark them [FreeText] / [Identifier]: {string.Join(", ", untyped)}");
        Assert.True(IntegrationEventShapes.Events.Count >= 40, "The scan found the integration events.");
    }

    [Fact]
    public void Free_text_is_never_also_a_vocabulary()
    {
        var both = IntegrationEventShapes.Fields()
            .Where(f => IntegrationEventShapes.Has<FreeTextAttribute>(f.Owner, f.Property) && f.Property.PropertyType != typeof(string))
            .Select(f => $"{f.Owner.Name}.{f.Property.Name}");

        Assert.Empty(both);
    }

    [Fact]
    public void Every_vocabulary_an_event_carries_names_its_wire_converter_so_every_serializer_writes_it_as_a_string()
    {
        var vocabularies = IntegrationEventShapes.Fields()
            .SelectMany(f => IntegrationEventShapes.Carried(f.Property.PropertyType))
            .Where(t => t.IsEnum || IsTypedKey(t))
            .Distinct()
            .ToList();
        var without = vocabularies.Where(t => t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is not { IsGenericType: true } converter
            || converter.GetGenericTypeDefinition() != (t.IsEnum ? typeof(WireEnumConverter<>) : typeof(TypedKeyConverter<>)));

        Assert.Empty(without.Select(t => t.Name));
        Assert.Contains(typeof(FindingKind), vocabularies);
        Assert.Contains(typeof(Theme), vocabularies);
    }

    private static bool IsTypedKey(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedKey<>));
}
