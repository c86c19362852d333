using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Organisations;

public sealed record ContactInput(
    [Required, OneOf(typeof(OrganisationDecisions), nameof(OrganisationDecisions.ContactRoles))] string? Role,
    [Required, StringLength(100)] string? Name,
    [Required(ErrorMessage = OrganisationDecisions.WorkEmail), StringLength(254, ErrorMessage = OrganisationDecisions.WorkEmail),
     RegularExpression(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", ErrorMessage = OrganisationDecisions.WorkEmail)] string? Email);

public sealed record RegisterOrganisation(
    [Required, StringLength(OrganisationDecisions.MaxNameLength)] string? Name,
    [Required] OrganisationKind? Kind,
    SchoolPhase? SchoolPhase = null,
    SchoolType? SchoolType = null,
    [MaxLength(OrganisationDecisions.MaxContacts)] IReadOnlyList<ContactInput>? Contacts = null);

public sealed record UpdateOrganisation(
    [Required, StringLength(OrganisationDecisions.MaxNameLength)] string? Name,
    [Required] OrganisationKind? Kind,
    SchoolPhase? SchoolPhase = null,
    SchoolType? SchoolType = null);

public sealed record ChangeContacts([MaxLength(OrganisationDecisions.MaxContacts)] IReadOnlyList<ContactInput>? Contacts);

public static class OrganisationDecisions
{
    public const int MaxNameLength = 200;
    public const int MaxContacts = 20;

    /// <summary>Requests to join waiting at once: more than the partnerships one organisation could serve.</summary>
    public const int MaxPending = 50;

    /// <summary>The roles a request names (in the API's words), and the vocabulary each is sent as.</summary>
    public static readonly IReadOnlyDictionary<string, ContactRole> ContactRoleWords = new Dictionary<string, ContactRole>
    {
        ["safeguarding-lead"] = ContactRole.SafeguardingLead,
        ["designated-safeguarding-lead"] = ContactRole.DesignatedSafeguardingLead,
        ["section-11-lead"] = ContactRole.Section11Lead,
        ["audit-contact"] = ContactRole.AuditContact,
        ["head-teacher"] = ContactRole.HeadTeacher,
        ["safeguarding-governor"] = ContactRole.SafeguardingGovernor,
        ["training-contact"] = ContactRole.TrainingContact,
    };

    public static readonly IReadOnlyList<string> ContactRoles = [.. ContactRoleWords.Keys];

    public const string WorkEmail = "{0}: a work email address is required.";

    public static ValidationErrors Validate(RegisterOrganisation c) =>
        new ValidationErrors().Check(c).SchoolDetails(c.Kind, c.SchoolPhase, c.SchoolType);

    /// <summary>A school, and only a school, has a phase and a type.</summary>
    private static ValidationErrors SchoolDetails(this ValidationErrors errors, OrganisationKind? kind, SchoolPhase? phase, SchoolType? type)
    {
        var isSchool = kind == OrganisationKind.School;
        return errors
            .When(isSchool && phase is null, "schoolPhase", $"A school's phase is one of {string.Join(", ", Enum.GetNames<SchoolPhase>())}.")
            .When(isSchool && type is null, "schoolType", $"A school's type is one of {string.Join(", ", Enum.GetNames<SchoolType>())}.")
            .When(!isSchool && phase is not null, "schoolPhase", "Only a school has a phase.")
            .When(!isSchool && type is not null, "schoolType", "Only a school has a type.");
    }

    /// <summary>Registered by a partnership, an organisation is known by that partnership and its name: registering it twice is a conflict.</summary>
    public static Guid IdFor(string partnershipId, string name) =>
        DeterministicGuid.Create(partnershipId, "organisation", name.Trim().ToUpperInvariant());

    private static OrganisationDetails Details(string? name, OrganisationKind? kind, SchoolPhase? phase, SchoolType? type) => new(name!.Trim(), kind!.Value, phase, type);

    private static IReadOnlyList<Contact> Contacts(IReadOnlyList<ContactInput>? contacts) =>
        [.. (contacts ?? []).Select(x => new Contact(x.Role!, x.Name!.Trim(), x.Email!.Trim().ToLowerInvariant()))];

    public static OrganisationRegistered Register(string partnershipId, RegisterOrganisation c, Actor by, DateTimeOffset now) =>
        new(IdFor(partnershipId, c.Name!), Details(c.Name, c.Kind, c.SchoolPhase, c.SchoolType), partnershipId, Contacts(c.Contacts), by, now);

    /// <summary>A partnership asks to add an organisation another registered; nothing changes in its directory until that partnership agrees.</summary>
    public static Decision Join(Organisation organisation, string partnershipId, ChangeContacts c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is not null ? Decision.Refuse("The organisation is already in this partnership's directory.")
        : organisation.Requests.Any(r => r.PartnershipId == partnershipId) ? Decision.Refuse($"This partnership asked already; {organisation.Owner} has still to agree.")
        : organisation.Requests.Count >= MaxPending ? Decision.Refuse($"{MaxPending} requests wait for {organisation.Owner} already; ask its coordinator.")
        : Decision.From(new ValidationErrors().Check(c), () => Decision.Accept(new MembershipRequested(organisation.Id, partnershipId, Contacts(c.Contacts), by, now)));

    public static Decision ApproveJoining(Organisation organisation, string partnershipId, string requester, Actor by, DateTimeOffset now) =>
        AsOwner(organisation, partnershipId, () => organisation.Requests.FirstOrDefault(r => r.PartnershipId == requester) is { } request
            ? Decision.Accept(new OrganisationJoinedPartnership(organisation.Id, organisation.Details, requester, request.Contacts, by, now))
            : Decision.Refuse($"No request to join waits from {requester}."));

    public static Decision DeclineJoining(Organisation organisation, string partnershipId, string requester, Actor by, DateTimeOffset now) =>
        AsOwner(organisation, partnershipId, () => organisation.Requests.Any(r => r.PartnershipId == requester)
            ? Decision.Accept(new MembershipDeclined(organisation.Id, requester, by, now))
            : Decision.Refuse($"No request to join waits from {requester}."));

    /// <summary>
    /// Shared details are changed by the partnership that registered the organisation; any other member partnership's
    /// change is a proposal that partnership agrees to or not, so no partnership rewrites what another relies on.
    /// </summary>
    public static Decision Update(Organisation organisation, string partnershipId, UpdateOrganisation c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is null
            ? Decision.Forbid("Only a partnership the organisation belongs to can change it.")
            : Decision.From(new ValidationErrors().Check(c).SchoolDetails(c.Kind, c.SchoolPhase, c.SchoolType), () =>
                partnershipId == organisation.Owner
                    ? Decision.Accept(Updated(organisation, Details(c.Name, c.Kind, c.SchoolPhase, c.SchoolType), by, now))
                    : Decision.Accept(new OrganisationChangeProposed(organisation.Id, Details(c.Name, c.Kind, c.SchoolPhase, c.SchoolType), partnershipId, by, now)));

    public static Decision AcceptChange(Organisation organisation, string partnershipId, string proposer, Actor by, DateTimeOffset now) =>
        AsOwner(organisation, partnershipId, () => organisation.Proposals.FirstOrDefault(p => p.PartnershipId == proposer) is { } proposal
            ? Decision.Accept(Updated(organisation, proposal.Details, by, now))
            : Decision.Refuse($"No proposed change waits from {proposer}."));

    public static Decision DeclineChange(Organisation organisation, string partnershipId, string proposer, Actor by, DateTimeOffset now) =>
        AsOwner(organisation, partnershipId, () => organisation.Proposals.Any(p => p.PartnershipId == proposer)
            ? Decision.Accept(new OrganisationChangeDeclined(organisation.Id, proposer, by, now))
            : Decision.Refuse($"No proposed change waits from {proposer}."));

    private static OrganisationUpdated Updated(Organisation organisation, OrganisationDetails details, Actor by, DateTimeOffset now) =>
        new(organisation.Id, details, [.. organisation.Memberships.Select(m => m.PartnershipId)], by, now);

    private static Decision AsOwner(Organisation organisation, string partnershipId, Func<Decision> decide) =>
        partnershipId == organisation.Owner ? decide() : Decision.Forbid("Only the partnership that registered the organisation decides this.");

    public static Decision ChangeContacts(Organisation organisation, string partnershipId, ChangeContacts c, Actor by, DateTimeOffset now) =>
        organisation.MembershipOf(partnershipId) is null
            ? Decision.Forbid("Only a partnership the organisation belongs to keeps contacts for it.")
            : Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new MembershipContactsChanged(organisation.Id, partnershipId, Contacts(c.Contacts), by, now)));
}
