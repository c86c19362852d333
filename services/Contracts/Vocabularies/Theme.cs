using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>
/// A theme the partnership audits or reviews ("Child exploitation"), in its own words. The same theme however it is
/// capitalised or spaced, so that figures and candidate priorities group by it; a plain string on the wire.
/// </summary>
[JsonConverter(typeof(TypedKeyConverter<Theme>))]
public readonly struct Theme : ITypedKey<Theme>, IEquatable<Theme>
{
    private Theme(string value) => Value = value;

    public string Value { get; }

    public static Theme From(string value) => new(string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    public bool Equals(Theme other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is Theme other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value ?? "");

    public override string ToString() => Value;

    public static bool operator ==(Theme left, Theme right) => left.Equals(right);

    public static bool operator !=(Theme left, Theme right) => !left.Equals(right);
}
