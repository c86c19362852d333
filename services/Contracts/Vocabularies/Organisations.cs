using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>The partnership's three statutory partners, the relevant agencies around them, and schools.</summary>
[JsonConverter(typeof(WireEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    StatutoryPartner,
    RelevantAgency,
    School,
}

[JsonConverter(typeof(WireEnumConverter<SchoolPhase>))]
public enum SchoolPhase
{
    Nursery,
    Primary,
    Secondary,
    AllThrough,
    Special,
    AlternativeProvision,
    Post16,
}

[JsonConverter(typeof(WireEnumConverter<SchoolType>))]
public enum SchoolType
{
    Maintained,
    Academy,
    FreeSchool,
    Independent,
    College,
}

/// <summary>Who an organisation names for what: the person a message about that work goes to.</summary>
[JsonConverter(typeof(WireEnumConverter<ContactRole>))]
public enum ContactRole
{
    SafeguardingLead,
    DesignatedSafeguardingLead,
    Section11Lead,
    AuditContact,
    HeadTeacher,
    SafeguardingGovernor,
    TrainingContact,
}
