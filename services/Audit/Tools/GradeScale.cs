namespace Safeguarding.Audit.Tools;

/// <summary>One grade on a scale; rank 1 is the best. Scales are data because Ofsted is moving away from single words.</summary>
public sealed record Grade(string Code, string Label, int Rank);

/// <summary>A grading scale and the grade practice is expected to reach at least.</summary>
public sealed record GradeScale(string Key, string Name, IReadOnlyList<Grade> Grades, string ExpectedMinimum)
{
    public Grade? Find(string? code) => Grades.FirstOrDefault(g => g.Code == code);

    public bool MeetsExpectation(string code) =>
        Find(code) is { } grade && grade.Rank <= Find(ExpectedMinimum)!.Rank;
}

public static class GradeScales
{
    public const int MaxCodeLength = 40;

    public static readonly GradeScale OfstedFourPoint = new(
        "ofsted-4",
        "Ofsted four-point scale",
        [
            new("outstanding", "Outstanding", 1),
            new("good", "Good", 2),
            new("requires-improvement", "Requires improvement to be good", 3),
            new("inadequate", "Inadequate", 4),
        ],
        ExpectedMinimum: "good");

    public static readonly IReadOnlyList<GradeScale> All = [OfstedFourPoint];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(s => s.Key)];

    public static GradeScale? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
