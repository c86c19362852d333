namespace Safeguarding.Contracts;

/// <summary>The four case categories a partnership samples audits from (DOMAIN.md).</summary>
public enum CaseCategory
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    LookedAfterChild,
}
