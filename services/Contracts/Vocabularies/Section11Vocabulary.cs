using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>Agencies assess themselves under Section 11; schools under Section 175/157.</summary>
[JsonConverter(typeof(WireEnumConverter<SelfAssessmentKind>))]
public enum SelfAssessmentKind
{
    Section11,
    Section175,
}

/// <summary>A self-assessment framework (its standards and indicators), by its key.</summary>
[JsonConverter(typeof(TypedKeyConverter<FrameworkKey>))]
public readonly record struct FrameworkKey(string Value) : ITypedKey<FrameworkKey>
{
    public static FrameworkKey From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>A scoring scheme (RAG, 0-3, fully to not met, yes / no), by its key: schemes are the partnership's data.</summary>
[JsonConverter(typeof(TypedKeyConverter<SchemeKey>))]
public readonly record struct SchemeKey(string Value) : ITypedKey<SchemeKey>
{
    public static SchemeKey From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>A score on its scheme, by its code ("amber", "2").</summary>
[JsonConverter(typeof(TypedKeyConverter<ScoreCode>))]
public readonly record struct ScoreCode(string Value) : ITypedKey<ScoreCode>
{
    public static ScoreCode From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>An indicator of a framework by its number within its standard ("1.1").</summary>
[JsonConverter(typeof(TypedKeyConverter<IndicatorNumber>))]
public readonly record struct IndicatorNumber(string Value) : ITypedKey<IndicatorNumber>
{
    public static IndicatorNumber From(string value) => new(value);

    public override string ToString() => Value;
}
