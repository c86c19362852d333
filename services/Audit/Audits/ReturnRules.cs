using System.Globalization;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>A single-agency return is checked against the exact tool version the audit started with.</summary>
public static class ReturnRules
{
    public const int MaxTextLength = 8000;
    public static readonly IReadOnlyList<string> YesNoValues = ["yes", "no", "not-applicable"];

    public const string Period = "the audit's look-back period";

    /// <summary>What the audit's free text may date: from its look-back's start (counted from when it opened) to its report.</summary>
    public static (DateOnly From, DateOnly To) PeriodOf(MultiAgencyAudit audit) =>
        (DateOnly.FromDateTime(audit.OpenedAt.UtcDateTime).AddMonths(-audit.Terms!.LookBackMonths), audit.Terms.ReportDue);

    /// <summary>
    /// A submitted return must be whole; a draft (<paramref name="complete"/> false) may leave parts out. Its free text
    /// holds no full date outside <paramref name="period"/>, when given (the audit's look-back).
    /// </summary>
    public static ValidationErrors Validate(SubmitReturn command, ToolTemplate tool, bool complete = true, (DateOnly From, DateOnly To)? period = null)
    {
        var scale = GradeScales.Find(tool.GradeScale)!;
        var errors = new ValidationErrors().Check(command);
        if (period is { } dated)
        {
            Dated(errors, command, tool, dated.From, dated.To);
        }

        var answers = command.Answers ?? [];
        var answeredAgain = answers.RepeatedAt(a => (a.SectionKey, a.QuestionKey));
        for (var i = 0; i < answers.Count; i++)
        {
            var at = $"answers[{i}]";
            if (answers[i] is not { } answer)
            {
                errors.Add(at, $"{at} is required.");
                continue;
            }

            var question = tool.Sections.FirstOrDefault(s => s.Key == answer.SectionKey)?.Questions.FirstOrDefault(q => q.Key == answer.QuestionKey);
            if (question is null)
            {
                errors.Add($"{at}.questionKey", $"The tool has no question \"{answer.QuestionKey}\" in section \"{answer.SectionKey}\".");
                continue;
            }

            errors.When(answeredAgain.Contains(i), $"{at}.questionKey", "Each question is answered once.");
            if (ValueProblem(question.AnswerType, answer.Value, scale) is { } problem)
            {
                errors.Add($"{at}.value", problem);
            }
        }

        var grades = command.SectionGrades ?? [];
        var gradedAgain = grades.RepeatedAt(g => g.SectionKey);
        for (var i = 0; i < grades.Count; i++)
        {
            var at = $"sectionGrades[{i}]";
            if (grades[i] is not { } grade)
            {
                continue;
            }

            errors.When(tool.Sections.All(s => s.Key != grade.SectionKey), $"{at}.sectionKey", $"The tool has no section \"{grade.SectionKey}\".")
                .When(gradedAgain.Contains(i), $"{at}.sectionKey", "Each section is graded once.")
                .When((complete || grade.Grade is not null) && scale.Find(grade.Grade) is null, $"{at}.grade", GradeChoices(scale));
            errors.When(complete && string.IsNullOrWhiteSpace(grade.Rationale), $"{at}.rationale", $"{at}.rationale is required.");
        }

        if (complete)
        {
            Unfinished(tool, answers, grades, errors);
        }

        return errors
            .When((complete || command.OverallGrade is not null) && scale.Find(command.OverallGrade) is null, "overallGrade", GradeChoices(scale))
            .When(complete && string.IsNullOrWhiteSpace(command.OverallRationale), "overallRationale", "overallRationale is required.");
    }

    private static void Dated(ValidationErrors errors, SubmitReturn c, ToolTemplate tool, DateOnly from, DateOnly to)
    {
        var answers = c.Answers ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            var question = tool.Sections.FirstOrDefault(s => s.Key == answers[i]?.SectionKey)?.Questions.FirstOrDefault(q => q.Key == answers[i]?.QuestionKey);
            if (question?.AnswerType == AnswerType.FreeText)
            {
                errors.DatesWithin($"answers[{i}].value", answers[i].Value, from, to, Period);
            }
        }

        var grades = c.SectionGrades ?? [];
        for (var i = 0; i < grades.Count; i++)
        {
            errors.DatesWithin($"sectionGrades[{i}].rationale", grades[i]?.Rationale, from, to, Period);
        }

        foreach (var (field, text) in new[]
        {
            ("evidence", c.Evidence), ("analysis", c.Analysis), ("goodPractice", c.GoodPractice), ("areasForDevelopment", c.AreasForDevelopment),
            ("recommendations", c.Recommendations), ("overallRationale", c.OverallRationale),
        })
        {
            errors.DatesWithin(field, text, from, to, Period);
        }
    }

    /// <summary>A submitted return answers every question its tool requires and grades every section.</summary>
    private static void Unfinished(ToolTemplate tool, IReadOnlyList<AnswerInput> answers, IReadOnlyList<SectionGradeInput> grades, ValidationErrors errors)
    {
        foreach (var section in tool.Sections)
        {
            var unanswered = section.Questions
                .Where(q => !q.Optional && !answers.Any(a => a?.SectionKey == section.Key && a.QuestionKey == q.Key))
                .Select(q => $"\"{q.Key}\"")
                .ToList();
            errors.When(unanswered.Count > 0, "answers",
                $"Section \"{section.Key}\" ({section.Title}) is not finished: answer {string.Join(", ", unanswered)}.");
            errors.When(grades.All(g => g?.SectionKey != section.Key), "sectionGrades",
                $"Section \"{section.Key}\" ({section.Title}) needs a grade and why it was given.");
        }
    }

    private static string GradeChoices(GradeScale scale) => $"The grade must be one of: {string.Join(", ", scale.Grades.Select(g => g.Code))}.";

    private static string? ValueProblem(AnswerType type, string? value, GradeScale scale) => type switch
    {
        _ when string.IsNullOrWhiteSpace(value) => "An answer needs a value; leave the question out instead.",
        AnswerType.Grade when scale.Find(value) is null => GradeChoices(scale),
        AnswerType.YesNoNotApplicable when !YesNoValues.Contains(value) => "The answer must be yes, no or not-applicable.",
        AnswerType.Number when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) || n < 0 => "The answer must be a number of zero or more.",
        AnswerType.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "The answer must be a date as yyyy-MM-dd.",
        AnswerType.Date when !DateWindowAttribute.Platform.IsValid(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture)) =>
            DateWindowAttribute.Platform.Message("The date"),
        AnswerType.FreeText when value.Length > MaxTextLength => $"The answer must be at most {MaxTextLength} characters.",
        _ => null,
    };

    public static AgencyReturn ToReturn(Guid organisationId, string caseKey, SubmitReturn c, Actor by, DateTimeOffset now) =>
        new(
            organisationId,
            caseKey,
            [.. (c.Answers ?? []).Select(a => new Answer(a.SectionKey!, a.QuestionKey!, a.Value!.Trim()))],
            [.. (c.SectionGrades ?? []).Select(g => new SectionGrade(g.SectionKey!, g.Grade!, g.Rationale!.Trim()))],
            Trimmed(c.Evidence),
            Trimmed(c.Analysis),
            Trimmed(c.GoodPractice),
            Trimmed(c.AreasForDevelopment),
            Trimmed(c.Recommendations),
            c.OverallGrade!,
            c.OverallRationale!.Trim(),
            by,
            now);

    public static ReturnDraft ToDraft(Guid organisationId, string caseKey, SubmitReturn c, Actor by, DateTimeOffset now) =>
        new(
            organisationId,
            caseKey,
            [.. (c.Answers ?? []).Select(a => new Answer(a.SectionKey!, a.QuestionKey!, a.Value!.Trim()))],
            [.. (c.SectionGrades ?? []).Select(g => new SectionGrade(g.SectionKey!, g.Grade ?? "", g.Rationale?.Trim() ?? ""))],
            Trimmed(c.Evidence),
            Trimmed(c.Analysis),
            Trimmed(c.GoodPractice),
            Trimmed(c.AreasForDevelopment),
            Trimmed(c.Recommendations),
            c.OverallGrade,
            Trimmed(c.OverallRationale),
            by,
            now);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
