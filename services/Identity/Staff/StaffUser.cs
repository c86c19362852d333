using Microsoft.AspNetCore.Identity;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// A member of partnership staff: signs in with a work email, belongs to one organisation of one partnership, and holds
/// the roles the coordinator gave. The password is stored only as ASP.NET Core Identity's salted PBKDF2 hash.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string PartnershipId { get; set; } = "";

    public Guid OrganisationId { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>Set when the coordinator withdraws access; a disabled user neither signs in nor refreshes a token.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
