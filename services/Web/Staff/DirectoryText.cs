namespace Safeguarding.Web.Staff;

/// <summary>How the partnership directory's kinds, phases, types and contact roles read.</summary>
public static class DirectoryText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds =
    [
        ("StatutoryPartner", "Statutory partner (local authority, police, health)"),
        ("RelevantAgency", "Relevant agency"),
        ("School", "School or college"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> SchoolPhases =
    [
        ("Nursery", "Nursery"), ("Primary", "Primary"), ("Secondary", "Secondary"), ("AllThrough", "All-through"),
        ("Special", "Special"), ("AlternativeProvision", "Alternative provision"), ("Post16", "Post-16"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> SchoolTypes =
    [
        ("Maintained", "Maintained"), ("Academy", "Academy"), ("FreeSchool", "Free school"), ("Independent", "Independent"), ("College", "College"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> ContactRoles =
    [
        ("safeguarding-lead", "Safeguarding lead"), ("designated-safeguarding-lead", "Designated safeguarding lead"), ("section-11-lead", "Section 11 lead"),
        ("audit-contact", "Audit contact"), ("head-teacher", "Head teacher"), ("safeguarding-governor", "Safeguarding governor"), ("training-contact", "Training contact"),
    ];

    public static string Kind(string kind) => kind switch
    {
        "StatutoryPartner" => "Statutory partner",
        "RelevantAgency" => "Relevant agency",
        "School" => "School or college",
        _ => kind,
    };

    public static string Of(IReadOnlyList<(string Value, string Text)> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value).Text ?? value ?? "";
}
