using Safeguarding.Contracts;

namespace Safeguarding.Section11.Frameworks;

public sealed record Indicator(string Number, string Text, string? Guidance = null);

public sealed record Standard(int Number, string Title, IReadOnlyList<Indicator> Indicators);

/// <summary>A versioned set of standards and numbered indicators an organisation assesses itself against.</summary>
public sealed record Framework(string Key, string Name, SelfAssessmentKind Kind, int Version, string DefaultScheme, IReadOnlyList<Standard> Standards)
{
    public IEnumerable<Indicator> Indicators => Standards.SelectMany(s => s.Indicators);
}
