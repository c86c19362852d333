using Safeguarding.Contracts;

namespace Safeguarding.Web.Staff;

/// <summary>The directory form's choices: kinds, phases, types and contact roles.</summary>
public static class DirectoryText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds = Choices.Of<OrganisationKind>(kind => kind switch
    {
        OrganisationKind.StatutoryPartner => "Statutory partner (local authority, police, health)",
        _ => Words.Of(kind),
    });

    public static readonly IReadOnlyList<(string Value, string Text)> SchoolPhases = Choices.Of<SchoolPhase>(Words.Of);

    public static readonly IReadOnlyList<(string Value, string Text)> SchoolTypes = Choices.Of<SchoolType>(Words.Of);

    public static readonly IReadOnlyList<(string Value, string Text)> ContactRoles =
    [
        ("safeguarding-lead", "Safeguarding lead"), ("designated-safeguarding-lead", "Designated safeguarding lead"), ("section-11-lead", "Section 11 lead"),
        ("audit-contact", "Audit contact"), ("head-teacher", "Head teacher"), ("safeguarding-governor", "Safeguarding governor"), ("training-contact", "Training contact"),
    ];
}
