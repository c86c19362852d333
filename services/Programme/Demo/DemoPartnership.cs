using Safeguarding.Contracts;

namespace Safeguarding.Programme.Demo;

/// <summary>
/// A realistic St Helens directory for a newcomer's first look: public bodies by their public names, and
/// schools with made-up names. No people.
/// </summary>
public static class DemoPartnership
{
    public const string PartnershipId = "st-helens";

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind)> Organisations =
    [
        ("St Helens Borough Council", OrganisationKind.StatutoryPartner),
        ("Merseyside Police", OrganisationKind.StatutoryPartner),
        ("NHS Cheshire and Merseyside Integrated Care Board", OrganisationKind.StatutoryPartner),
        ("Mersey and West Lancashire Teaching Hospitals NHS Trust", OrganisationKind.RelevantAgency),
        ("Mersey Care NHS Foundation Trust", OrganisationKind.RelevantAgency),
        ("Bridgewater Community Healthcare NHS Foundation Trust", OrganisationKind.RelevantAgency),
        ("North West Ambulance Service NHS Trust", OrganisationKind.RelevantAgency),
        ("Probation Service (Merseyside)", OrganisationKind.RelevantAgency),
        ("St Helens Youth Justice Service", OrganisationKind.RelevantAgency),
        ("Cafcass", OrganisationKind.RelevantAgency),
        ("Merseyside Fire and Rescue Service", OrganisationKind.RelevantAgency),
        ("St Helens Early Help Service", OrganisationKind.RelevantAgency),
        ("Demo Voluntary Sector Children's Charity", OrganisationKind.RelevantAgency),
        ("Demo Housing Association", OrganisationKind.RelevantAgency),
        ("Demo Brookfield Primary School", OrganisationKind.School),
        ("Demo Millbrook Primary School", OrganisationKind.School),
        ("Demo Parkside Academy (Secondary)", OrganisationKind.School),
        ("Demo Eccleston High School", OrganisationKind.School),
        ("Demo Oakwood Special School", OrganisationKind.School),
        ("Demo Sutton Sixth Form College", OrganisationKind.School),
    ];
}
