using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Clients;

public sealed record RegisterClient([Required, StringLength(100)] string? Name, [Required] Guid? OrganisationId, [Required, Length(1, 10), OneOf(typeof(PartnerClients), nameof(PartnerClients.MachineRoles))] IReadOnlyList<string>? Roles);

/// <summary>A partner system's client as the coordinator sees it; the secret is shown once, when issued, and stored only hashed.</summary>
public sealed record PartnerClient(string ClientId, string Name, string PartnershipId, Guid OrganisationId, IReadOnlyList<string> Roles, string? ClientSecret = null);

/// <summary>
/// A partner system belongs to one organisation of one partnership and carries machine roles only: it submits its
/// agency's returns, or reads the partnership's published reports.
/// </summary>
public static class PartnerClients
{
    public const string Partnership = "partnership";
    public const string Organisation = "organisation";
    public const string RolesProperty = "roles";

    public static readonly IReadOnlyList<string> MachineRoles = [Roles.PartnerSystem, Roles.BoardReader];

    public static ValidationErrors Validate(RegisterClient c) =>
        new ValidationErrors().Check(c).When(c.OrganisationId == Guid.Empty, "organisationId", "organisationId is required.");

    /// <summary>A client id that says whose it is, and a secret of 256 random bits.</summary>
    public static (string ClientId, string Secret) NewCredentials(string partnershipId) =>
        ($"{partnershipId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}", Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static ImmutableDictionary<string, JsonElement> Properties(string partnershipId, Guid organisationId, IReadOnlyList<string> roles) =>
        ImmutableDictionary<string, JsonElement>.Empty
            .Add(Partnership, JsonSerializer.SerializeToElement(partnershipId))
            .Add(Organisation, JsonSerializer.SerializeToElement(organisationId))
            .Add(RolesProperty, JsonSerializer.SerializeToElement(roles));

    public static PartnerClient? From(string? clientId, string? name, IReadOnlyDictionary<string, JsonElement> properties) =>
        clientId is not null && properties.TryGetValue(Partnership, out var partnership) && properties.TryGetValue(Organisation, out var organisation)
            && properties.TryGetValue(RolesProperty, out var roles)
            ? new PartnerClient(clientId, name ?? clientId, partnership.GetString()!, organisation.GetGuid(), roles.Deserialize<List<string>>() ?? [])
            : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
