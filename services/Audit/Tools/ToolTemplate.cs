using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Audit.Tools;

/// <summary>How a question is answered in a single-agency return.</summary>
public enum AnswerType
{
    Grade,
    YesNoNotApplicable,
    FreeText,
    Number,
    Date,
}

/// <summary>A question of a tool; a submitted return answers every one that is not optional.</summary>
public sealed record ToolQuestion(string Key, string Text, AnswerType AnswerType, string? Guidance = null, bool Optional = false);

public sealed record ToolSection(string Key, string Title, IReadOnlyList<ToolQuestion> Questions, string? Guidance = null);

/// <summary>The content of an audit tool: what a return answers, section by section, and the scale it grades on.</summary>
[NotPersonal("A tool's questions and guidance: the same for every case it is used on.")]
public sealed record ToolTemplate(string Name, string? Description, string GradeScale, IReadOnlyList<ToolSection> Sections);
