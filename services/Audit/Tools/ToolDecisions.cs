using System.Text.RegularExpressions;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Tools;

public sealed record ToolQuestionInput(string? Key, string? Text, AnswerType? AnswerType, string? Guidance);

public sealed record ToolSectionInput(string? Key, string? Title, string? Guidance, IReadOnlyList<ToolQuestionInput>? Questions);

/// <summary>A tool's content as a coordinator sends it; every field is checked before it becomes a template.</summary>
public sealed record ToolTemplateInput(string? Name, string? Description, string? GradeScale, IReadOnlyList<ToolSectionInput>? Sections);

public sealed record CopyAuditTool(string? Name);

public static partial class ToolDecisions
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;
    public const int MaxGuidanceLength = 4000;
    public const int MaxSections = 40;
    public const int MaxQuestionsPerSection = 40;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    public static ValidationErrors Validate(ToolTemplateInput input)
    {
        var errors = new ValidationErrors()
            .RequireText(input.Name, "name", MaxNameLength)
            .When(input.Description?.Length > MaxGuidanceLength, "description", $"description must be at most {MaxGuidanceLength} characters.")
            .When(GradeScales.Find(input.GradeScale) is null, "gradeScale", $"gradeScale must be one of: {string.Join(", ", GradeScales.All.Select(s => s.Key))}.")
            .When(input.Sections is not { Count: > 0 }, "sections", "A tool needs at least one section.")
            .When(input.Sections?.Count > MaxSections, "sections", $"A tool has at most {MaxSections} sections.");

        var sections = input.Sections ?? [];
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            var at = $"sections[{s}]";
            RequireKey(errors, section.Key, $"{at}.key");
            errors.When(sections.Take(s).Any(other => other.Key == section.Key), $"{at}.key", "Section keys must be unique within the tool.")
                .RequireText(section.Title, $"{at}.title", MaxNameLength)
                .When(section.Guidance?.Length > MaxGuidanceLength, $"{at}.guidance", $"guidance must be at most {MaxGuidanceLength} characters.")
                .When(section.Questions is not { Count: > 0 }, $"{at}.questions", "A section needs at least one question.")
                .When(section.Questions?.Count > MaxQuestionsPerSection, $"{at}.questions", $"A section has at most {MaxQuestionsPerSection} questions.");

            var questions = section.Questions ?? [];
            for (var q = 0; q < questions.Count; q++)
            {
                var question = questions[q];
                var qat = $"{at}.questions[{q}]";
                RequireKey(errors, question.Key, $"{qat}.key");
                errors.When(questions.Take(q).Any(other => other.Key == question.Key), $"{qat}.key", "Question keys must be unique within their section.")
                    .RequireText(question.Text, $"{qat}.text", MaxTextLength)
                    .When(question.AnswerType is null, $"{qat}.answerType", $"answerType is required: one of {string.Join(", ", Enum.GetNames<AnswerType>())}.")
                    .When(question.Guidance?.Length > MaxGuidanceLength, $"{qat}.guidance", $"guidance must be at most {MaxGuidanceLength} characters.");
            }
        }

        return errors;
    }

    private static void RequireKey(ValidationErrors errors, string? key, string field) =>
        errors.When(key is null || key.Length > 60 || !KeyPattern().IsMatch(key), field, "A key is 1-60 lower-case letters, digits and single hyphens, e.g. \"voice-of-the-child\".");

    public static ToolTemplate ToTemplate(ToolTemplateInput input) =>
        new(
            input.Name!.Trim(),
            string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            input.GradeScale!,
            [
                .. input.Sections!.Select(s => new ToolSection(
                    s.Key!,
                    s.Title!.Trim(),
                    [.. s.Questions!.Select(q => new ToolQuestion(q.Key!, q.Text!.Trim(), q.AnswerType!.Value, string.IsNullOrWhiteSpace(q.Guidance) ? null : q.Guidance.Trim()))],
                    string.IsNullOrWhiteSpace(s.Guidance) ? null : s.Guidance.Trim())),
            ]);

    public static ToolTemplateInput ToInput(ToolTemplate template) =>
        new(
            template.Name,
            template.Description,
            template.GradeScale,
            [.. template.Sections.Select(s => new ToolSectionInput(s.Key, s.Title, s.Guidance, [.. s.Questions.Select(q => new ToolQuestionInput(q.Key, q.Text, q.AnswerType, q.Guidance))]))]);

    public static ValidationErrors Validate(CopyAuditTool command) => new ValidationErrors().RequireText(command.Name, "name", MaxNameLength);

    /// <summary>A copy starts as the source's exact content at its current version, under a new name.</summary>
    public static AuditToolCopied Copy(AuditTool source, CopyAuditTool command, Guid newToolId, Actor by, DateTimeOffset now) =>
        new(newToolId, source.Id, source.Version, source.Template with { Name = command.Name!.Trim() }, by, now);

    public const string BuiltInToolsAreFixed = "Built-in tools cannot be changed: copy the tool and change the copy.";

    public static Decision Revise(AuditTool tool, ToolTemplateInput input, Actor by, DateTimeOffset now) =>
        tool.IsBuiltIn
            ? Decision.Refuse(BuiltInToolsAreFixed)
            : Decision.From(Validate(input), () => Decision.Accept(new AuditToolRevised(tool.Id, ToTemplate(input), by, now)));
}
