using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>What an audit meeting found: good practice to share, or an area for development to act on.</summary>
[JsonConverter(typeof(WireEnumConverter<FindingKind>))]
public enum FindingKind
{
    GoodPractice,
    AreaForDevelopment,
}

/// <summary>A grading scale, by its key: scales are the partnership's data, as Ofsted moves away from single words.</summary>
[JsonConverter(typeof(TypedKeyConverter<GradeScaleKey>))]
public readonly record struct GradeScaleKey(string Value) : ITypedKey<GradeScaleKey>
{
    public static GradeScaleKey From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>A grade on its scale, by its code ("good").</summary>
[JsonConverter(typeof(TypedKeyConverter<GradeCode>))]
public readonly record struct GradeCode(string Value) : ITypedKey<GradeCode>
{
    public static GradeCode From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>A section of an audit tool ("voice-of-the-child"), by its key.</summary>
[JsonConverter(typeof(TypedKeyConverter<SectionKey>))]
public readonly record struct SectionKey(string Value) : ITypedKey<SectionKey>
{
    public static SectionKey From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>
/// A sampled child's pseudonymous key, the partnership's own reference: it never holds a name or a date of birth, and
/// leaves Audit only where an agency must act for the child.
/// </summary>
[JsonConverter(typeof(TypedKeyConverter<CaseKey>))]
public readonly record struct CaseKey(string Value) : ITypedKey<CaseKey>
{
    /// <summary>What a service that must not keep the key (Reporting) keeps in its place.</summary>
    public static readonly CaseKey Withheld = new("withheld");

    public static CaseKey From(string value) => new(value);

    public override string ToString() => Value;
}
