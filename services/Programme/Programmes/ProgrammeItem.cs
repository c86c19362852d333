using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Programme.Programmes;

/// <summary>
/// One scheduled item: in a quarter or between dates, on a theme, for case categories, with a lead, and the
/// priority it answers where there is one. For an audit, the item id is the audit's id in the Audit service.
/// </summary>
public sealed record ProgrammeItem(
    Guid ItemId,
    ScheduledItemKind Kind,
    int? Quarter,
    DateOnly? Starts,
    DateOnly? Ends,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    IReadOnlyList<CaseCategory> Categories,
    [PersonalData(PersonalData.WorkContact, "Who leads the item: an agency, or a professional by name.")] string? Lead,
    Guid? PriorityId)
{
    public bool IsAudit => Kind is ScheduledItemKind.ThematicAudit or ScheduledItemKind.GeneralAudit;
}
