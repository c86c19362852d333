using Safeguarding.Web.Audits;

namespace Safeguarding.Web.Returns;

public enum TaskState
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>
/// One agency's return for one case as it is being written: the saved draft, or else the return as last submitted
/// (which may be revised while returns are open). Each page changes its part and saves the whole as the draft.
/// </summary>
public sealed record ReturnWork(
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<SectionGradeDto> SectionGrades,
    string? Evidence,
    string? Analysis,
    string? GoodPractice,
    string? AreasForDevelopment,
    string? Recommendations,
    string? OverallGrade,
    string? OverallRationale)
{
    public static readonly ReturnWork Empty = new([], [], null, null, null, null, null, null, null);

    public static ReturnWork From(ReturnContentDto? content) =>
        content is null
            ? Empty
            : new(content.Answers, content.SectionGrades, content.Evidence, content.Analysis, content.GoodPractice,
                content.AreasForDevelopment, content.Recommendations, content.OverallGrade, content.OverallRationale);

    public string? Answer(string sectionKey, string questionKey) =>
        Answers.FirstOrDefault(a => a.SectionKey == sectionKey && a.QuestionKey == questionKey)?.Value;

    public SectionGradeDto? GradeOf(string sectionKey) => SectionGrades.FirstOrDefault(g => g.SectionKey == sectionKey);

    /// <summary>A section's answers replaced by those given (blank ones left out), and its grade.</summary>
    public ReturnWork WithSection(string sectionKey, IReadOnlyList<AnswerDto> answers, SectionGradeDto? grade) =>
        this with
        {
            Answers = [.. Answers.Where(a => a.SectionKey != sectionKey), .. answers.Where(a => !string.IsNullOrWhiteSpace(a.Value))],
            SectionGrades = [.. SectionGrades.Where(g => g.SectionKey != sectionKey), .. grade is null ? [] : new[] { grade }],
        };

    public TaskState StateOf(SectionDto section)
    {
        var answered = section.Questions.Count(q => Answer(section.Key, q.Key) is not null);
        var grade = GradeOf(section.Key);
        var graded = grade is { Grade.Length: > 0, Rationale.Length: > 0 };
        return answered == section.Questions.Count && graded ? TaskState.Completed
            : answered > 0 || grade is not null ? TaskState.InProgress
            : TaskState.NotStarted;
    }

    public TaskState OverallState =>
        OverallGrade is not null && OverallRationale is not null ? TaskState.Completed
        : new[] { Evidence, Analysis, GoodPractice, AreasForDevelopment, Recommendations, OverallGrade, OverallRationale }.Any(t => t is not null) ? TaskState.InProgress
        : TaskState.NotStarted;

    /// <summary>The body the Audit API takes for a draft and for a submission alike.</summary>
    public object ToBody() => new
    {
        answers = Answers,
        sectionGrades = SectionGrades.Select(g => new { g.SectionKey, grade = g.Grade.Length > 0 ? g.Grade : null, g.Rationale }),
        evidence = Evidence,
        analysis = Analysis,
        goodPractice = GoodPractice,
        areasForDevelopment = AreasForDevelopment,
        recommendations = Recommendations,
        overallGrade = OverallGrade,
        overallRationale = OverallRationale,
    };
}
