using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Organisations;

public sealed record RegisterOrganisation(string? Name, OrganisationKind? Kind);

public static class OrganisationDecisions
{
    public const int MaxNameLength = 200;

    public static ValidationErrors Validate(RegisterOrganisation command) =>
        new ValidationErrors()
            .RequireText(command.Name, "name", MaxNameLength)
            .When(command.Kind is null, "kind", $"kind is required: one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}.");

    /// <summary>An organisation is known by its name within a partnership: registering it twice is a conflict, not a copy.</summary>
    public static Guid IdFor(string partnershipId, string name) =>
        DeterministicGuid.Create(partnershipId, "organisation", name.Trim().ToUpperInvariant());

    public static OrganisationRegistered Register(string partnershipId, RegisterOrganisation command, Actor by, DateTimeOffset now)
    {
        var name = command.Name!.Trim();
        return new OrganisationRegistered(IdFor(partnershipId, name), name, command.Kind!.Value, by, now);
    }
}
