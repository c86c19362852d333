using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Staff;

public sealed record RegisterStaffUser(
    [Required(ErrorMessage = StaffUsers.WorkEmail), StringLength(254, ErrorMessage = StaffUsers.WorkEmail)] string? Email,
    [Required, StringLength(100)] string? Name,
    [Required] Guid? OrganisationId,
    [Required, Length(1, 10), OneOf(typeof(StaffUsers), nameof(StaffUsers.StaffRoles))] IReadOnlyList<string>? Roles);

public sealed record ChangeStaffRoles([Required, Length(1, 10), OneOf(typeof(StaffUsers), nameof(StaffUsers.StaffRoles))] IReadOnlyList<string>? Roles);

/// <summary>
/// A member of staff as the coordinator sees them. When a password link was just e-mailed to them, the message that
/// carries it (its delivery is at /api/notifications/{id}); the link itself is shown to nobody.
/// </summary>
public sealed record StaffUserView(
    string Id, string Email, string Name, Guid OrganisationId, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil, bool Disabled,
    Guid? PasswordLinkMessage = null);

/// <summary>The rules for staff accounts: a work email, a name, an organisation, and people's roles (never a machine's).</summary>
public static class StaffUsers
{
    public const string WorkEmail = "{0} is a work email address, like name@organisation.gov.uk.";

    public static readonly IReadOnlyList<string> StaffRoles = [.. Roles.All.Where(r => r != Roles.PartnerSystem)];

    public static ValidationErrors Validate(RegisterStaffUser command, bool byAdmin) =>
        NoNewAdmin(new ValidationErrors().Check(command), command.Roles, byAdmin)
            .When(command.Email is not null && !IsEmail(command.Email), "email", "email is a work email address, like name@organisation.gov.uk.")
            .When(command.OrganisationId == Guid.Empty, "organisationId", "organisationId is required.");

    public static ValidationErrors Validate(ChangeStaffRoles command, bool byAdmin) => NoNewAdmin(new ValidationErrors().Check(command), command.Roles, byAdmin);

    /// <summary>Only an admin makes another admin.</summary>
    private static ValidationErrors NoNewAdmin(ValidationErrors errors, IReadOnlyList<string>? roles, bool byAdmin) =>
        errors.When(!byAdmin && roles?.Contains(Roles.Admin) == true, "roles", "Only an admin makes another admin.");

    /// <summary>The account as its partnership sees it; held until: failed sign-ins hold some address back (AccountHolds).</summary>
    public static StaffUserView View(StaffUser user, Guid? passwordLinkMessage = null, DateTimeOffset? heldUntil = null) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.OrganisationId, user.Roles, heldUntil ?? user.LockoutEnd, user.DisabledAt is not null, passwordLinkMessage);

    private static bool IsEmail(string? email) =>
        email is { Length: <= 254 } && MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim() && address.Host.Contains('.');
}
