using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Section11.Frameworks;

[NotPersonal("An indicator's number, text and guidance.")]
public sealed record Indicator(string Number, string Text, string? Guidance = null);

[NotPersonal("A framework's standard and its indicators.")]
public sealed record Standard(int Number, string Title, IReadOnlyList<Indicator> Indicators);

/// <summary>A versioned set of standards and numbered indicators an organisation assesses itself against.</summary>
[NotPersonal("A framework's standards and indicators: the partnership's questions, not anyone's answers.")]
public sealed record Framework(string Key, string Name, SelfAssessmentKind Kind, int Version, string DefaultScheme, IReadOnlyList<Standard> Standards)
{
    public IEnumerable<Indicator> Indicators => Standards.SelectMany(s => s.Indicators);
}
