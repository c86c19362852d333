using Safeguarding.Contracts;

namespace Safeguarding.Programme.Demo;

/// <summary>
/// A realistic St Helens directory for a newcomer's first look: public bodies by their public names, and
/// schools with made-up names. No people.
/// </summary>
public static class DemoPartnership
{
    public const string PartnershipId = "st-helens";

    public const string Region = "north-west";

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind, SchoolPhase? Phase, SchoolType? Type)> Organisations =
    [
        ("St Helens Borough Council", OrganisationKind.StatutoryPartner, null, null),
        ("Merseyside Police", OrganisationKind.StatutoryPartner, null, null),
        ("NHS Cheshire and Merseyside Integrated Care Board", OrganisationKind.StatutoryPartner, null, null),
        ("Mersey and West Lancashire Teaching Hospitals NHS Trust", OrganisationKind.RelevantAgency, null, null),
        ("Mersey Care NHS Foundation Trust", OrganisationKind.RelevantAgency, null, null),
        ("Bridgewater Community Healthcare NHS Foundation Trust", OrganisationKind.RelevantAgency, null, null),
        ("North West Ambulance Service NHS Trust", OrganisationKind.RelevantAgency, null, null),
        ("Probation Service (Merseyside)", OrganisationKind.RelevantAgency, null, null),
        ("St Helens Youth Justice Service", OrganisationKind.RelevantAgency, null, null),
        ("Cafcass", OrganisationKind.RelevantAgency, null, null),
        ("Merseyside Fire and Rescue Service", OrganisationKind.RelevantAgency, null, null),
        ("St Helens Early Help Service", OrganisationKind.RelevantAgency, null, null),
        ("Demo Voluntary Sector Children's Charity", OrganisationKind.RelevantAgency, null, null),
        ("Demo Housing Association", OrganisationKind.RelevantAgency, null, null),
        ("Demo Brookfield Primary School", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Maintained),
        ("Demo Millbrook Primary School", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Academy),
        ("Demo Parkside Academy (Secondary)", OrganisationKind.School, SchoolPhase.Secondary, SchoolType.Academy),
        ("Demo Eccleston High School", OrganisationKind.School, SchoolPhase.Secondary, SchoolType.Maintained),
        ("Demo Oakwood Special School", OrganisationKind.School, SchoolPhase.Special, SchoolType.Maintained),
        ("Demo Sutton Sixth Form College", OrganisationKind.School, SchoolPhase.Post16, SchoolType.College),
    ];
}
