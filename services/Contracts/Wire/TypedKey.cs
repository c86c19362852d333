using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>
/// A value from a partnership's own vocabulary (a grade on its scale, a score on its scheme, a theme): the values are
/// data, so they cannot be an enum, but each kind is a type of its own so that two kinds are never mixed up.
/// </summary>
public interface ITypedKey<TSelf>
    where TSelf : struct, ITypedKey<TSelf>
{
    string Value { get; }

    static abstract TSelf From(string value);
}

/// <summary>A typed key is a plain string on the wire; a blank one, or anything but a string, is refused.</summary>
public sealed class TypedKeyConverter<TKey> : JsonConverter<TKey>
    where TKey : struct, ITypedKey<TKey>
{
    public override TKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Checked(reader.GetString()) : throw new JsonException($"A {typeof(TKey).Name} is a string.");

    public override void Write(Utf8JsonWriter writer, TKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override TKey ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TKey value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);

    private static TKey Checked(string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new JsonException($"A {typeof(TKey).Name} is never blank.") : TKey.From(value);
}
