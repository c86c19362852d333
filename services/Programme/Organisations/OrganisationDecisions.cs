using System.Text.RegularExpressions;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Organisations;

public sealed record ContactInput(string? Role, string? Name, string? Email);

public sealed record RegisterOrganisation(
    string? Name,
    OrganisationKind? Kind,
    string? SchoolPhase = null,
    string? SchoolType = null,
    IReadOnlyList<ContactInput>? Contacts = null);

public static partial class OrganisationDecisions
{
    public const int MaxNameLength = 200;
    public const int MaxContacts = 20;

    public static readonly IReadOnlyList<string> SchoolPhases = ["nursery", "primary", "secondary", "all-through", "special", "alternative-provision", "post-16"];
    public static readonly IReadOnlyList<string> SchoolTypes = ["maintained", "academy", "free-school", "independent", "college"];
    public static readonly IReadOnlyList<string> ContactRoles =
        ["safeguarding-lead", "designated-safeguarding-lead", "section-11-lead", "audit-contact", "head-teacher", "safeguarding-governor", "training-contact"];

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    public static ValidationErrors Validate(RegisterOrganisation command)
    {
        var isSchool = command.Kind == OrganisationKind.School;
        var errors = new ValidationErrors()
            .RequireText(command.Name, "name", MaxNameLength)
            .When(command.Kind is null, "kind", $"kind is required: one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}.")
            .When(isSchool && !SchoolPhases.Contains(command.SchoolPhase ?? ""), "schoolPhase", $"A school's phase is one of {string.Join(", ", SchoolPhases)}.")
            .When(isSchool && !SchoolTypes.Contains(command.SchoolType ?? ""), "schoolType", $"A school's type is one of {string.Join(", ", SchoolTypes)}.")
            .When(!isSchool && command.SchoolPhase is not null, "schoolPhase", "Only a school has a phase.")
            .When(!isSchool && command.SchoolType is not null, "schoolType", "Only a school has a type.")
            .When(command.Contacts?.Count > MaxContacts, "contacts", $"At most {MaxContacts} contacts.");

        var contacts = command.Contacts ?? [];
        for (var i = 0; i < contacts.Count; i++)
        {
            errors.When(!ContactRoles.Contains(contacts[i].Role ?? ""), $"contacts[{i}].role", $"role is one of {string.Join(", ", ContactRoles)}.")
                .RequireText(contacts[i].Name, $"contacts[{i}].name", 100)
                .When(contacts[i].Email is not { Length: <= 254 } email || !EmailShape().IsMatch(email), $"contacts[{i}].email", "A work email address is required.");
        }

        return errors;
    }

    /// <summary>An organisation is known by its name within a partnership: registering it twice is a conflict, not a copy.</summary>
    public static Guid IdFor(string partnershipId, string name) =>
        DeterministicGuid.Create(partnershipId, "organisation", name.Trim().ToUpperInvariant());

    private static OrganisationDetails Details(RegisterOrganisation c) =>
        new(c.Name!.Trim(), c.Kind!.Value, c.SchoolPhase, c.SchoolType,
            [.. (c.Contacts ?? []).Select(x => new Contact(x.Role!, x.Name!.Trim(), x.Email!.Trim().ToLowerInvariant()))]);

    public static OrganisationRegistered Register(string partnershipId, RegisterOrganisation command, Actor by, DateTimeOffset now) =>
        new(IdFor(partnershipId, command.Name!), Details(command), by, now);

    /// <summary>Details change; the organisation keeps the id it was registered under.</summary>
    public static Decision Update(Organisation organisation, RegisterOrganisation command, Actor by, DateTimeOffset now) =>
        Decision.From(Validate(command), () => Decision.Accept(new OrganisationUpdated(organisation.Id, Details(command), by, now)));
}
