using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Testing;

namespace Safeguarding.Testing.Producers;

/// <summary>A return that answers every question of its tool and grades every section, as Audit requires to submit.</summary>
public static class CompleteReturns
{
    public static SubmitReturn For(ToolTemplate tool, string grade, string why = "As the records show.") =>
        new(
            [.. tool.Sections.SelectMany(s => s.Questions.Select(q => new AnswerInput(s.Key, q.Key, ReturnAnswers.For(q.AnswerType.ToString(), grade, why))))],
            [.. tool.Sections.Select(s => new SectionGradeInput(s.Key, grade, why))],
            "Records for the look-back period.",
            "Risk was seen; follow-up was uneven.",
            null,
            null,
            null,
            grade,
            why);
}
