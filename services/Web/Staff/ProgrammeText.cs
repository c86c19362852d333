namespace Safeguarding.Web.Staff;

/// <summary>How the programme's item kinds, quarters and case categories read.</summary>
public static class ProgrammeText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds =
    [
        ("ThematicAudit", "Thematic audit"),
        ("GeneralAudit", "General audit"),
        ("Section11Cycle", "Section 11 cycle"),
        ("Section175Cycle", "Section 175 cycle"),
        ("PracticeLearningReview", "Practice learning review"),
        ("FeedbackMilestone", "Feedback milestone"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Quarters =
        [("1", "Quarter 1 (January to March)"), ("2", "Quarter 2 (April to June)"), ("3", "Quarter 3 (July to September)"), ("4", "Quarter 4 (October to December)")];

    public static readonly IReadOnlyList<(string Value, string Text)> Categories =
        [("EarlyHelp", "Early help"), ("ChildInNeed", "Child in need"), ("ChildProtection", "Child protection"), ("LookedAfterChild", "Looked-after child")];

    public static string Kind(string kind) => DirectoryText.Of(Kinds, kind);
}
