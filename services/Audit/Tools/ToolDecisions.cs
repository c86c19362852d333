using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Tools;

/// <summary>A question as a coordinator writes it.</summary>
/// <param name="Key">Unique within its section; answers name it.</param>
/// <param name="Text">The question as the auditor reads it.</param>
/// <param name="AnswerType">How it is answered.</param>
/// <param name="Guidance">What a good answer covers.</param>
/// <param name="Optional">True when a return may leave it unanswered; every question is required unless marked so.</param>
public sealed record ToolQuestionInput(
    [Required(ErrorMessage = ToolDecisions.KeyShape), StringLength(60, ErrorMessage = ToolDecisions.KeyShape),
     RegularExpression(ToolDecisions.KeyPattern, ErrorMessage = ToolDecisions.KeyShape)] string? Key,
    [Required, StringLength(ToolDecisions.MaxTextLength)] string? Text,
    [Required] AnswerType? AnswerType,
    [StringLength(ToolDecisions.MaxGuidanceLength)] string? Guidance,
    bool? Optional = null);

public sealed record ToolSectionInput(
    [Required(ErrorMessage = ToolDecisions.KeyShape), StringLength(60, ErrorMessage = ToolDecisions.KeyShape),
     RegularExpression(ToolDecisions.KeyPattern, ErrorMessage = ToolDecisions.KeyShape)] string? Key,
    [Required, StringLength(ToolDecisions.MaxNameLength)] string? Title,
    [StringLength(ToolDecisions.MaxGuidanceLength)] string? Guidance,
    [Required(ErrorMessage = "A section needs at least one question."), Length(1, ToolDecisions.MaxQuestionsPerSection, ErrorMessage = "A section has 1 to 40 questions.")]
    IReadOnlyList<ToolQuestionInput>? Questions);

/// <summary>A tool's content as a coordinator sends it; every field is checked before it becomes a template.</summary>
public sealed record ToolTemplateInput(
    [Required, StringLength(ToolDecisions.MaxNameLength)] string? Name,
    [StringLength(ToolDecisions.MaxGuidanceLength)] string? Description,
    [Required, OneOf(typeof(GradeScales), nameof(GradeScales.Keys))] string? GradeScale,
    [Required(ErrorMessage = "A tool needs at least one section."), Length(1, ToolDecisions.MaxSections, ErrorMessage = "A tool has 1 to 40 sections.")]
    IReadOnlyList<ToolSectionInput>? Sections);

public sealed record CopyAuditTool([Required, StringLength(ToolDecisions.MaxNameLength)] string? Name);

public static class ToolDecisions
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;
    public const int MaxGuidanceLength = 4000;
    public const int MaxSections = 40;
    public const int MaxQuestionsPerSection = 40;

    public const int MaxKeyLength = 60;
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string KeyShape = "A key is 1-60 lower-case letters, digits and single hyphens, e.g. \"voice-of-the-child\".";

    public static ValidationErrors Validate(ToolTemplateInput input)
    {
        var errors = new ValidationErrors().Check(input);
        var sections = input.Sections ?? [];
        var repeatedSections = sections.RepeatedAt(section => section.Key);
        for (var s = 0; s < sections.Count; s++)
        {
            var at = $"sections[{s}]";
            errors.When(repeatedSections.Contains(s), $"{at}.key", "Section keys must be unique within the tool.");
            var repeatedQuestions = (sections[s]?.Questions ?? []).RepeatedAt(question => question.Key);
            foreach (var q in repeatedQuestions)
            {
                errors.Add($"{at}.questions[{q}].key", "Question keys must be unique within their section.");
            }
        }

        return errors;
    }

    public static ToolTemplate ToTemplate(ToolTemplateInput input) =>
        new(
            input.Name!.Trim(),
            string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            input.GradeScale!,
            [
                .. input.Sections!.Select(s => new ToolSection(
                    s.Key!,
                    s.Title!.Trim(),
                    [.. s.Questions!.Select(q => new ToolQuestion(q.Key!, q.Text!.Trim(), q.AnswerType!.Value, string.IsNullOrWhiteSpace(q.Guidance) ? null : q.Guidance.Trim(), q.Optional == true))],
                    string.IsNullOrWhiteSpace(s.Guidance) ? null : s.Guidance.Trim())),
            ]);

    public static ToolTemplateInput ToInput(ToolTemplate template) =>
        new(
            template.Name,
            template.Description,
            template.GradeScale,
            [.. template.Sections.Select(s => new ToolSectionInput(s.Key, s.Title, s.Guidance, [.. s.Questions.Select(q => new ToolQuestionInput(q.Key, q.Text, q.AnswerType, q.Guidance, q.Optional))]))]);

    public static ValidationErrors Validate(CopyAuditTool command) => new ValidationErrors().Check(command);

    /// <summary>A copy starts as the source's exact content at its current version, under a new name.</summary>
    public static AuditToolCopied Copy(AuditTool source, CopyAuditTool command, Guid newToolId, Actor by, DateTimeOffset now) =>
        new(newToolId, source.Id, source.Version, source.Template with { Name = command.Name!.Trim() }, by, now);

    public const string BuiltInToolsAreFixed = "Built-in tools cannot be changed: copy the tool and change the copy.";

    public static Decision Revise(AuditTool tool, ToolTemplateInput input, Actor by, DateTimeOffset now) =>
        tool.IsBuiltIn
            ? Decision.Refuse(BuiltInToolsAreFixed)
            : Decision.From(Validate(input), () => Decision.Accept(new AuditToolRevised(tool.Id, ToTemplate(input), by, now)));
}
