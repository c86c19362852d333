using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Safeguarding.Web.Api;

/// <summary>
/// Names a newer service sends that this front end does not know yet: the services and the web are deployed one at a
/// time, so an API may gain a value (a new kind of organisation, a new status) before the pages have words for it.
/// Such a name is read as a value beyond the enum's own and remembered, so the page shows the name as it came
/// (<see cref="NameOf"/>) and sends it back unchanged, instead of failing for everyone who opens it.
/// </summary>
public static class NewerNames
{
    /// <summary>Enough for every value a few newer versions could add; past it, names share one value.</summary>
    private const int Most = 1000;

    private static readonly ConcurrentDictionary<(Type Enum, string Name), long> Values = new();
    private static readonly ConcurrentDictionary<(Type Enum, long Value), string> Names = new();
    private static long next = int.MinValue;

    public static TEnum Read<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var value = Values.Count < Most ? Values.GetOrAdd((typeof(TEnum), name), _ => Interlocked.Increment(ref next)) : int.MinValue;
        Names.TryAdd((typeof(TEnum), value), value == int.MinValue ? "(a value this version does not know)" : name);
        return (TEnum)Enum.ToObject(typeof(TEnum), value);
    }

    /// <summary>The value's own name, or the name the API sent for a value this version does not know.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value.ToString() : Names.GetValueOrDefault((typeof(TEnum), Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)), value.ToString());

    /// <summary>
    /// Every enum the pages read, whether a vocabulary the services share or one generated from an API document (whose
    /// properties name a strict converter of their own, set aside here so this one applies).
    /// </summary>
    public static JsonSerializerOptions Tolerant(this JsonSerializerOptions options)
    {
        options.Converters.Add(new Converters());
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UseOptionsForEnums } };
        return options;
    }

    private static void UseOptionsForEnums(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
            {
                property.CustomConverter = null;
            }
        }
    }

    private sealed class Converters : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;
    }

    /// <summary>Names only, as every API sends them: a number is still refused, since no API sends one.</summary>
    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? Named(reader.GetString()!)
                : throw new JsonException($"A {typeof(TEnum).Name} comes as a name, not {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Named(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

        private static TEnum Named(string name) => ByName.TryGetValue(name, out var value) ? value : Read<TEnum>(name);
    }
}
