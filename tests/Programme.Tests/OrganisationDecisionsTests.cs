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
    public void A_partnership_joins_once_the_registering_partnership_agrees_and_only_that_partnership_changes_shared_details()
    {
        var by = new Actor("coordinator", null);
        var now = DateTimeOffset.UtcNow;
        var police = Organisation.Create(OrganisationDecisions.Register("st-helens", new RegisterOrganisation("Merseyside Police", OrganisationKind.StatutoryPartner), by, now));
        var renamed = new UpdateOrganisation("Merseyside Police (renamed)", OrganisationKind.StatutoryPartner);

        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.Update(police, "wirral", renamed, by, now));
        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.ChangeContacts(police, "wirral", new ChangeContacts([]), by, now));
        Assert.IsType<Decision.NotAllowed>(OrganisationDecisions.Join(police, "st-helens", new ChangeContacts(null), by, now));

        var asked = police.Apply(Assert.IsType<MembershipRequested>(Assert.Single(Accepted(OrganisationDecisions.Join(police, "wirral", new ChangeContacts(null), by, now)))));
        Assert.Null(asked.MembershipOf("wirral"));
        Assert.IsType<Decision.NotAllowed>(OrganisationDecisions.Join(asked, "wirral", new ChangeContacts(null), by, now));
        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.ApproveJoining(asked, "wirral", "wirral", by, now));
        Assert.IsType<Decision.NotAllowed>(OrganisationDecisions.ApproveJoining(asked, "st-helens", "knowsley", by, now));

        var shared = asked.Apply(Assert.IsType<OrganisationJoinedPartnership>(Assert.Single(Accepted(OrganisationDecisions.ApproveJoining(asked, "st-helens", "wirral", by, now)))));
        Assert.Empty(shared.Requests);

        // A member that did not register it proposes; the registering partnership applies it to every member.
        var proposed = shared.Apply(Assert.IsType<OrganisationChangeProposed>(Assert.Single(Accepted(OrganisationDecisions.Update(shared, "wirral", renamed, by, now)))));
        Assert.Equal("Merseyside Police", proposed.Details.Name);
        Assert.IsType<Decision.Forbidden>(OrganisationDecisions.AcceptChange(proposed, "wirral", "wirral", by, now));
        var updated = Assert.IsType<OrganisationUpdated>(Assert.Single(Accepted(OrganisationDecisions.AcceptChange(proposed, "st-helens", "wirral", by, now))));
        Assert.Equal(["st-helens", "wirral"], updated.Partnerships);
        Assert.Equal("Merseyside Police (renamed)", updated.Details.Name);
        Assert.Empty(proposed.Apply(updated).Proposals);
    }

    private static IReadOnlyList<object> Accepted(Decision decision) => Assert.IsType<Decision.Accepted>(decision).Events;
}
