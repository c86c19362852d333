using Safeguarding.Contracts.Privacy;
namespace Safeguarding.Section11.Frameworks;

/// <summary>One score on a scheme; rank 1 is the best.</summary>
[NotPersonal("A score's code, label and rank.")]
public sealed record Score(string Code, string Label, int Rank);

/// <summary>
/// How indicators are scored. Areas differ (RAG; 0-3 with a separate moderated score; fully to not met; yes/no for
/// schools), so a scheme is data. A score ranked worse than <see cref="WeakFrom"/> or at it marks a weak standard.
/// </summary>
[NotPersonal("A scoring scheme's scores and labels.")]
public sealed record ScoringScheme(string Key, string Name, IReadOnlyList<Score> Scores, string WeakFrom)
{
    public Score? Find(string? code) => Scores.FirstOrDefault(s => s.Code == code);

    public bool IsWeak(string code) => Find(code) is { } score && score.Rank >= Find(WeakFrom)!.Rank;
}

public static class ScoringSchemes
{
    public const int MaxCodeLength = 40;

    public static readonly ScoringScheme Rag = new("rag", "Red / amber / green",
        [new("green", "Green", 1), new("amber", "Amber", 2), new("red", "Red", 3)], WeakFrom: "red");

    public static readonly ScoringScheme SelfScore = new("self-score-0-3", "Self-score 0-3, moderated separately",
        [new("3", "3 - fully in place and effective", 1), new("2", "2 - in place, improving", 2), new("1", "1 - partly in place", 3), new("0", "0 - not in place", 4)],
        WeakFrom: "1");

    public static readonly ScoringScheme Met = new("met", "Fully / mostly / partially / not met",
        [new("fully-met", "Fully met", 1), new("mostly-met", "Mostly met", 2), new("partially-met", "Partially met", 3), new("not-met", "Not met", 4)],
        WeakFrom: "partially-met");

    public static readonly ScoringScheme YesNo = new("yes-no", "Yes / no / not applicable (schools)",
        [new("yes", "Yes", 1), new("not-applicable", "Not applicable", 2), new("no", "No", 3)], WeakFrom: "no");

    public static readonly IReadOnlyList<ScoringScheme> All = [Rag, SelfScore, Met, YesNo];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(s => s.Key)];

    public static ScoringScheme? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
