using Safeguarding.Contracts;

namespace Safeguarding.Web.Staff;

/// <summary>The programme forms' choices: item kinds, quarters and case categories.</summary>
public static class ProgrammeText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds = Choices.Of<ScheduledItemKind>(Words.Of);

    public static readonly IReadOnlyList<(string Value, string Text)> Quarters =
        [("1", "Quarter 1 (January to March)"), ("2", "Quarter 2 (April to June)"), ("3", "Quarter 3 (July to September)"), ("4", "Quarter 4 (October to December)")];

    public static readonly IReadOnlyList<(string Value, string Text)> Categories = Choices.Of<CaseCategory>(Words.Of);
}
