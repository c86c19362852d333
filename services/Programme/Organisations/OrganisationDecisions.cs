using System.Text.RegularExpressions;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Organisations;

public sealed record ContactInput(string? Role, string? Name, string? Email);

public sealed record RegisterOrganisation(
    string? Name,
    OrganisationKind? Kind,
    SchoolPhase? SchoolPhase = null,
    SchoolType? SchoolType = null,
    IReadOnlyList<ContactInput>? Contacts = null);

public sealed record UpdateOrganisation(string? Name, OrganisationKind? Kind, SchoolPhase? SchoolPhase = null, SchoolType? SchoolType = null);

public sealed record ChangeContacts(IReadOnlyList<ContactInput>? Contacts);

public static partial class OrganisationDecisions
{
    public const int MaxNameLength = 200;
    public const int MaxContacts = 20;

    public static readonly IReadOnlyList<string> ContactRoles =
        ["safeguarding-lead", "designated-safeguarding-lead", "section-11-lead", "audit-contact", "head-teacher", "safeguarding-governor", "training-contact"];

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    public static ValidationErrors Validate(RegisterOrganisation c) =>
        ValidateContacts(ValidateDetails(new UpdateOrganisation(c.Name, c.Kind, c.SchoolPhase, c.SchoolType)), c.Contacts);

    private static ValidationErrors ValidateDetails(UpdateOrganisation c)
    {
        var isSchool = c.Kind == OrganisationKind.School;
        return new ValidationErrors()
            .RequireText(c.Name, "name", MaxNameLength)
            .When(c.Kind is null, "kind", $"kind is required: one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}.")
            .When(isSchool && c.SchoolPhase is null, "schoolPhase", $"A school's phase is one of {string.Join(", ", Enum.GetNames<SchoolPhase>())}.")
            .When(isSchool && c.SchoolType is null, "schoolType", $"A school's type is one of {string.Join(", ", Enum.GetNames<SchoolType>())}.")
            .When(!isSchool && c.SchoolPhase is not null, "schoolPhase", "Only a school has a phase.")
            .When(!isSchool && c.SchoolType is not null, "schoolType", "Only a school has a type.");
    }

    private static ValidationErrors ValidateContacts(ValidationErrors errors, IReadOnlyList<ContactInput>? contacts)
    {
        errors.When(contacts?.Count > MaxContacts, "contacts", $"At most {MaxContacts} contacts.");
        for (var i = 0; i < (contacts?.Count ?? 0); i++)
        {
            var contact = contacts![i];
            errors.When(!ContactRoles.Contains(contact.Role ?? ""), $"contacts[{i}].role", $"role is one of {string.Join(", ", ContactRoles)}.")
                .RequireText(contact.Name, $"contacts[{i}].name", 100)
                .When(contact.Email is not { Length: <= 254 } email || !EmailShape().IsMatch(email), $"contacts[{i}].email", "A work email address is required.");
        }

        return errors;
    }

    /// <summary>Registered by a partnership, an organisation is known by that partnership and its name: registering it twice is a conflict.</summary>
    public static Guid IdFor(string partnershipId, string name) =>
        DeterministicGuid.Create(partnershipId, "organisation", name.Trim().ToUpperInvariant());

    private static OrganisationDetails Details(string? name, OrganisationKind? kind, SchoolPhase? phase, SchoolType? type) => new(name!.Trim(), kind!.Value, phase, type);

    private static IReadOnlyList<Contact> Contacts(IReadOnlyList<ContactInput>? contacts) =>
        [.. (contacts ?? []).Select(x => new Contact(x.Role!, x.Name!.Trim(), x.Email!.Trim().ToLowerInvariant()))];

    public static OrganisationRegistered Register(string partnershipId, RegisterOrganisation c, Actor by, DateTimeOffset now) =>
        new(IdFor(partnershipId, c.Name!), Details(c.Name, c.Kind, c.SchoolPhase, c.SchoolType), partnershipId, Contacts(c.Contacts), by, now);

    public static Decision Join(Organisation organisation, string partnershipId, ChangeContacts c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is not null
            ? Decision.Refuse("The organisation is already in this partnership's directory.")
            : Decision.From(
                ValidateContacts(new ValidationErrors(), c.Contacts),
                () => Decision.Accept(new OrganisationJoinedPartnership(organisation.Id, organisation.Details, partnershipId, Contacts(c.Contacts), by, now)));

    /// <summary>Shared details are changed by a coordinator of any partnership the organisation belongs to.</summary>
    public static Decision Update(Organisation organisation, string partnershipId, UpdateOrganisation c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is null
            ? Decision.Forbid("Only a partnership the organisation belongs to can change it.")
            : Decision.From(ValidateDetails(c), () => Decision.Accept(new OrganisationUpdated(
                organisation.Id, Details(c.Name, c.Kind, c.SchoolPhase, c.SchoolType), [.. organisation.Memberships.Select(m => m.PartnershipId)], by, now)));

    public static Decision ChangeContacts(Organisation organisation, string partnershipId, ChangeContacts c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is null
            ? Decision.Forbid("Only a partnership the organisation belongs to keeps contacts for it.")
            : Decision.From(
                ValidateContacts(new ValidationErrors(), c.Contacts),
                () => Decision.Accept(new MembershipContactsChanged(organisation.Id, partnershipId, Contacts(c.Contacts), by, now)));
}
