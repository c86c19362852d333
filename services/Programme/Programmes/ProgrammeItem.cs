using Safeguarding.Contracts;

namespace Safeguarding.Programme.Programmes;

/// <summary>What the annual programme schedules (DOMAIN.md, section 1).</summary>
public enum ItemKind
{
    ThematicAudit,
    GeneralAudit,
    Section11Cycle,
    Section175Cycle,
    PracticeLearningReview,
    FeedbackMilestone,
}

/// <summary>
/// One scheduled item: in a quarter or between dates, on a theme, for case categories, with a lead, and the
/// priority it answers where there is one. For an audit, the item id is the audit's id in the Audit service.
/// </summary>
public sealed record ProgrammeItem(
    Guid ItemId,
    ItemKind Kind,
    int? Quarter,
    DateOnly? Starts,
    DateOnly? Ends,
    string Theme,
    IReadOnlyList<CaseCategory> Categories,
    string? Lead,
    Guid? PriorityId)
{
    public bool IsAudit => Kind is ItemKind.ThematicAudit or ItemKind.GeneralAudit;
}
