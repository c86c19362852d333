using Safeguarding.Web.Api.Audit;

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

    /// <summary>The agency's saved draft, else its return as last submitted, else nothing yet.</summary>
    public static ReturnWork From(ReturnDraftDto? draft, AgencyReturnDto? submitted) =>
        draft is not null
            ? new(draft.Answers, draft.SectionGrades, draft.Evidence, draft.Analysis, draft.GoodPractice,
                draft.AreasForDevelopment, draft.Recommendations, draft.OverallGrade, draft.OverallRationale)
            : submitted is not null
                ? new(submitted.Answers, submitted.SectionGrades, submitted.Evidence, submitted.Analysis, submitted.GoodPractice,
                    submitted.AreasForDevelopment, submitted.Recommendations, submitted.OverallGrade, submitted.OverallRationale)
                : Empty;

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
        var required = section.Questions.Where(q => !q.Optional).All(q => Answer(section.Key, q.Key) is not null);
        var grade = GradeOf(section.Key);
        var graded = grade is { Grade.Length: > 0, Rationale.Length: > 0 };
        return required && graded ? TaskState.Completed
            : answered > 0 || grade is not null ? TaskState.InProgress
            : TaskState.NotStarted;
    }

    public TaskState OverallState =>
        OverallGrade is not null && OverallRationale is not null ? TaskState.Completed
        : new[] { Evidence, Analysis, GoodPractice, AreasForDevelopment, Recommendations, OverallGrade, OverallRationale }.Any(t => t is not null) ? TaskState.InProgress
        : TaskState.NotStarted;

    /// <summary>The body the Audit API takes for a draft and for a submission alike.</summary>
    public SubmitReturn ToBody() => new()
    {
        Answers = [.. Answers.Select(a => new AnswerInput { SectionKey = a.SectionKey, QuestionKey = a.QuestionKey, Value = a.Value })],
        SectionGrades = [.. SectionGrades.Select(g => new SectionGradeInput { SectionKey = g.SectionKey, Grade = g.Grade.Length > 0 ? g.Grade : null, Rationale = g.Rationale })],
        Evidence = Evidence,
        Analysis = Analysis,
        GoodPractice = GoodPractice,
        AreasForDevelopment = AreasForDevelopment,
        Recommendations = Recommendations,
        OverallGrade = OverallGrade,
        OverallRationale = OverallRationale,
    };
}
