using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>The four case categories a partnership samples audits from (DOMAIN.md).</summary>
[JsonConverter(typeof(WireEnumConverter<CaseCategory>))]
public enum CaseCategory
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    LookedAfterChild,
}
