using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// The coordinator gives staff their accounts: registers them with their roles (each is e-mailed a one-time link to
/// set a password), changes roles, unlocks and disables. Only within the coordinator's own partnership.
/// </summary>
public static class UserEndpoints
{
    /// <summary>What a read of the whole list is about, in the security log: every account, not one.</summary>
    public const string StaffListSubject = "staff-accounts";

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Staff users").RequireAuthorization(Policies.ManageUsers);
        group.MapPost("/", Register);
        group.MapGet("/", List).Paged();
        group.MapPut("/{id}/roles", ChangeRoles);
        group.MapPost("/{id}/password-link", IssuePasswordLink);
        group.MapPost("/{id}/unlock", Unlock);
        group.MapPost("/{id}/disable", Disable);
        return app;
    }

    /// <summary>Register a member of staff with their organisation and roles; they set their password from a link.</summary>
    public static async Task<Results<Created<StaffUserView>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterStaffUser command, UserManager<StaffUser> users, ClaimsPrincipal caller, PasswordLinkMail mail, IdentityStore store, PartnershipDirectory directory,
        HttpContext http, TimeProvider clock)
    {
        var errors = StaffUsers.Validate(command, caller.IsInRole(Roles.Admin));
        if (errors.IsValid && await users.FindByEmailAsync(command.Email!.Trim()) is not null)
        {
            errors.Add("email", "This email address already has an account.");
        }

        if (errors.IsValid && await directory.CheckAsync(errors, command.OrganisationId!.Value, http.Request, http.RequestAborted) is { } noDirectory)
        {
            return noDirectory;
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var user = new StaffUser
        {
            UserName = command.Email!.Trim(),
            Email = command.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = command.Name!.Trim(),
            PartnershipId = caller.PartnershipId(),
            OrganisationId = command.OrganisationId!.Value,
            Roles = [.. command.Roles!.Distinct()],
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [.. created.Errors.Select(e => e.Description)] });
        }

        // Not cut short if the caller gives up: an account made but never sent its link, and never removed, would be worse.
        var (message, unavailable) = await mail.SendAsync(user, await users.GeneratePasswordResetTokenAsync(user), newAccount: true, CancellationToken.None);
        if (unavailable is not null)
        {
            await users.DeleteAsync(user); // without its link the account could never be used: it is not kept
            return unavailable;
        }

        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.UserRegistered, string.Join(", ", user.Roles));
        return TypedResults.Created($"/api/users/{user.Id}", StaffUsers.View(user, message));
    }

    /// <summary>The partnership's staff accounts with their organisations and roles; each read is in the security log.</summary>
    public static async Task<Ok<IReadOnlyList<StaffUserView>>> List(
        UserManager<StaffUser> users, ClaimsPrincipal caller, AccountHolds holds, IdentityStore store, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var partnership = caller.PartnershipId();
        var own = await users.Users.Where(u => u.PartnershipId == partnership).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        await SecurityLogEndpoints.RecordAsync(
            store, http, clock, partnership, SecurityEventKinds.StaffListRead, StaffListSubject, "the partnership's staff accounts", own.Count == 1 ? "1 account" : $"{own.Count} accounts");
        return TypedResults.Ok<IReadOnlyList<StaffUserView>>([.. own.Select(u => StaffUsers.View(u, heldUntil: holds.HeldUntil(u.Id)))]);
    }

    /// <summary>Change a member of staff's roles.</summary>
    public static async Task<Results<Ok<StaffUserView>, NotFound, ValidationProblem>> ChangeRoles(
        string id, ChangeStaffRoles command, UserManager<StaffUser> users, ClaimsPrincipal caller, IdentityStore store, HttpContext http, TimeProvider clock)
    {
        if (await OwnAsync(users, id, caller) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var errors = StaffUsers.Validate(command, caller.IsInRole(Roles.Admin))
            .When(user.Roles.Contains(Roles.Admin) && !caller.IsInRole(Roles.Admin), "roles", "Only an admin changes an admin's roles.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var before = string.Join(", ", user.Roles);
        user.Roles = [.. command.Roles!.Distinct()];
        await users.UpdateAsync(user);

        // Sessions and refresh tokens carry the old roles: they end, and the person signs in again with the new ones.
        await users.UpdateSecurityStampAsync(user);
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.RolesChanged, $"{before} → {string.Join(", ", user.Roles)}");
        return TypedResults.Ok(StaffUsers.View(user));
    }

    /// <summary>
    /// For a forgotten password: a new one-time link, valid for 24 hours, e-mailed to the person alone; earlier links stop
    /// working, and so do the person's sessions.
    /// </summary>
    public static async Task<Results<Ok<StaffUserView>, NotFound, ProblemHttpResult>> IssuePasswordLink(
        string id, UserManager<StaffUser> users, ClaimsPrincipal caller, PasswordLinkMail mail, IdentityStore store, HttpContext http, TimeProvider clock)
    {
        if (await OwnAsync(users, id, caller) is not { DisabledAt: null } user)
        {
            return TypedResults.NotFound();
        }

        if (OverAnAdministrator(user, caller) is { } refused)
        {
            return refused;
        }

        // A link carries the account's security stamp: a new stamp makes every earlier link (and session) void. It is
        // kept only once the new link is on its way, so a link that cannot be sent changes nothing.
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var (message, unavailable) = await mail.SendAsync(user, await users.GeneratePasswordResetTokenAsync(user), newAccount: false, CancellationToken.None);
        if (unavailable is not null)
        {
            return unavailable;
        }

        await users.UpdateAsync(user);
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.PasswordLinkIssued);
        return TypedResults.Ok(StaffUsers.View(user, message));
    }

    /// <summary>Release an account from every hold that failed sign-ins put on it.</summary>
    public static async Task<Results<Ok<StaffUserView>, NotFound, ProblemHttpResult>> Unlock(
        string id, UserManager<StaffUser> users, ClaimsPrincipal caller, IdentityStore store, HttpContext http, TimeProvider clock, AccountHolds holds)
    {
        if (await OwnAsync(users, id, caller) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (OverAnAdministrator(user, caller) is { } refused)
        {
            return refused;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        holds.Release(user.Id);
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.Unlocked);
        return TypedResults.Ok(StaffUsers.View(user));
    }

    /// <summary>Ends the person's access at once: sessions end, refresh tokens are refused, access tokens expire within 10 minutes.</summary>
    public static async Task<Results<Ok<StaffUserView>, NotFound, ProblemHttpResult>> Disable(
        string id, UserManager<StaffUser> users, ClaimsPrincipal caller, IdentityStore store, HttpContext http, TimeProvider clock)
    {
        if (await OwnAsync(users, id, caller) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (OverAnAdministrator(user, caller) is { } refused)
        {
            return refused;
        }

        user.DisabledAt ??= clock.GetUtcNow();
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.Disabled);
        return TypedResults.Ok(StaffUsers.View(user));
    }

    // A coordinator who could reset, unlock or disable an administrator could take the account over or lock it out.
    private static ProblemHttpResult? OverAnAdministrator(StaffUser user, ClaimsPrincipal caller) =>
        user.Roles.Contains(Roles.Admin) && !caller.IsInRole(Roles.Admin)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: "Only an administrator acts on an administrator's account.")
            : null;

    private static async Task<StaffUser?> OwnAsync(UserManager<StaffUser> users, string id, ClaimsPrincipal caller) =>
        await users.FindByIdAsync(id) is { } user && user.PartnershipId == caller.PartnershipId() ? user : null;
}
