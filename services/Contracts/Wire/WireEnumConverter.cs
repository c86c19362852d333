using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>
/// An enum on the wire, in every store and in every request body: its name as a string, whatever serializer options
/// the host has (MassTransit's have no enum converter of their own). Only a name the enum has is read (in any case);
/// a number, a list of names or an unknown name is refused, so a reader fails loudly instead of reading a default
/// or a combination nobody sent.
/// </summary>
public sealed class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

    public static string Names => string.Join(", ", Enum.GetNames<TEnum>());

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Named(reader.GetString()) : throw Unknown(reader.TokenType.ToString());

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Named(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

    private static TEnum Named(string? name) => name is not null && ByName.TryGetValue(name, out var value) ? value : throw Unknown($"\"{name}\"");

    private static string NameOf(TEnum value) => Enum.IsDefined(value) ? value.ToString() : throw Unknown(value.ToString());

    private static JsonException Unknown(string what) => new($"{what} is not a {typeof(TEnum).Name}: one of {Names}.");
}

/// <summary>The same rule for every enum a host reads or writes (request bodies, query values, stored documents).</summary>
public sealed class WireEnums : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireEnumConverter<>).MakeGenericType(typeToConvert))!;
}
