using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Organisations;

namespace Safeguarding.Programme.Tests;

public class OrganisationDecisionsTests
{
    [Fact]
    public void A_registration_needs_a_name_and_a_kind()
    {
        var errors = OrganisationDecisions.Validate(new RegisterOrganisation("  ", null)).ToDictionary();

        Assert.Equal(["kind", "name"], errors.Keys.Order());
    }

    [Fact]
    public void A_name_longer_than_allowed_is_refused()
    {
        var errors = OrganisationDecisions.Validate(
            new RegisterOrganisation(new string('a', OrganisationDecisions.MaxNameLength + 1), OrganisationKind.School));

        Assert.Contains("name", errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_same_name_in_the_same_partnership_is_the_same_organisation()
    {
        Assert.Equal(
            OrganisationDecisions.IdFor("st-helens", "Merseyside Police"),
            OrganisationDecisions.IdFor("st-helens", "  merseyside police "));
        Assert.NotEqual(
            OrganisationDecisions.IdFor("st-helens", "Merseyside Police"),
            OrganisationDecisions.IdFor("wirral", "Merseyside Police"));
    }

    [Fact]
    public void Registering_records_who_and_when_with_a_trimmed_name()
    {
        var by = new Actor("user-1", null);
        var at = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        var registered = OrganisationDecisions.Register("st-helens", new RegisterOrganisation(" Cafcass ", OrganisationKind.RelevantAgency), by, at);

        Assert.Equal("Cafcass", registered.Details.Name);
        Assert.Equal(by, registered.By);
        Assert.Equal(at, registered.At);
        Assert.Equal(OrganisationDecisions.IdFor("st-helens", "Cafcass"), registered.OrganisationId);
    }

    [Fact]
    public void A_school_says_its_phase_and_type_and_nobody_else_does()
    {
        Assert.Equal(["schoolPhase", "schoolType"], OrganisationDecisions.Validate(new RegisterOrganisation("Demo Primary", OrganisationKind.School)).ToDictionary().Keys.Order());
        Assert.True(OrganisationDecisions.Validate(new RegisterOrganisation("Demo Primary", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Academy)).IsValid);
        Assert.Equal(["schoolPhase"], OrganisationDecisions.Validate(new RegisterOrganisation("Police", OrganisationKind.StatutoryPartner, SchoolPhase.Primary)).ToDictionary().Keys);
    }

    [Fact]
    public void A_contact_is_a_role_a_work_name_and_a_work_email()
    {
        var command = new RegisterOrganisation("Cafcass", OrganisationKind.RelevantAgency, Contacts:
        [
            new ContactInput("safeguarding-lead", "A. Lead", "a.lead@cafcass.example"),
            new ContactInput("favourite-person", "", "not-an-email"),
        ]);

        Assert.Equal(["contacts[1].email", "contacts[1].name", "contacts[1].role"], OrganisationDecisions.Validate(command).ToDictionary().Keys.Order());
    }

    [Fact]
    public void Only_member_partnerships_change_an_organisation_and_a_partnership_joins_once()
    {
        var by = new Actor("coordinator", null);
        var police = Organisation.Create(OrganisationDecisions.Register("st-helens", new RegisterOrganisation("Merseyside Police", OrganisationKind.StatutoryPartner), by, DateTimeOffset.UtcNow));

        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.Update(police, "wirral", new UpdateOrganisation("Merseyside Police", OrganisationKind.StatutoryPartner), by, DateTimeOffset.UtcNow));
        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.ChangeContacts(police, "wirral", new ChangeContacts([]), by, DateTimeOffset.UtcNow));
        Assert.IsType<Decision.NotAllowed>(OrganisationDecisions.Join(police, "st-helens", new ChangeContacts(null), by, DateTimeOffset.UtcNow));

        var joined = Assert.IsType<OrganisationJoinedPartnership>(Assert.Single(
            Assert.IsType<Decision.Accepted>(OrganisationDecisions.Join(police, "wirral", new ChangeContacts(null), by, DateTimeOffset.UtcNow)).Events));
        var shared = police.Apply(joined);
        var updated = Assert.IsType<OrganisationUpdated>(Assert.Single(Assert.IsType<Decision.Accepted>(
            OrganisationDecisions.Update(shared, "wirral", new UpdateOrganisation("Merseyside Police", OrganisationKind.StatutoryPartner), by, DateTimeOffset.UtcNow)).Events));
        Assert.Equal(["st-helens", "wirral"], updated.Partnerships);
    }
}
