using System.Net.Mail;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Staff;

public sealed record RegisterStaffUser(string? Email, string? Name, Guid? OrganisationId, IReadOnlyList<string>? Roles);

public sealed record ChangeStaffRoles(IReadOnlyList<string>? Roles);

/// <summary>A member of staff as the coordinator sees them; the set-password link is shown once, when issued.</summary>
public sealed record StaffUserView(
    string Id, string Email, string Name, Guid OrganisationId, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil, bool Disabled, string? SetPasswordLink = null);

/// <summary>The rules for staff accounts: a work email, a name, an organisation, and people's roles (never a machine's).</summary>
public static class StaffUsers
{
    public static readonly IReadOnlyList<string> StaffRoles = [.. Roles.All.Where(r => r != Roles.PartnerSystem)];

    public static ValidationErrors Validate(RegisterStaffUser command, bool byAdmin) =>
        ValidateRoles(command.Roles, byAdmin)
            .When(!IsEmail(command.Email), "email", "email is a work email address, like name@organisation.gov.uk.")
            .RequireText(command.Name, "name", 100)
            .When(command.OrganisationId is null || command.OrganisationId == Guid.Empty, "organisationId", "organisationId is required.");

    public static ValidationErrors ValidateRoles(IReadOnlyList<string>? roles, bool byAdmin)
    {
        roles ??= [];
        return new ValidationErrors()
            .When(roles.Count == 0, "roles", $"roles names at least one of {string.Join(", ", StaffRoles)}.")
            .When(roles.Any(r => !StaffRoles.Contains(r)), "roles", $"A member of staff's roles are among {string.Join(", ", StaffRoles)}.")
            .When(!byAdmin && roles.Contains(Roles.Admin), "roles", "Only an admin makes another admin.");
    }

    public static StaffUserView View(StaffUser user, string? setPasswordLink = null) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.OrganisationId, user.Roles, user.LockoutEnd, user.DisabledAt is not null, setPasswordLink);

    private static bool IsEmail(string? email) =>
        email is { Length: <= 254 } && MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim() && address.Host.Contains('.');
}
