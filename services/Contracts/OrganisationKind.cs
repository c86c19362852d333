namespace Safeguarding.Contracts;

public enum OrganisationKind
{
    StatutoryPartner,
    RelevantAgency,
    School,
}
