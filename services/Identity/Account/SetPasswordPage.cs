using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.Identity.Staff;

namespace Safeguarding.Identity.Account;

public sealed record SetPasswordForm(string? User, string? Token, string? Password, string? ConfirmPassword);

/// <summary>
/// A new member of staff, or one who forgot their password, sets it from the one-time link the coordinator passed on
/// (valid for 3 days, and only until used). Nobody else ever knows the password.
/// </summary>
public static class SetPasswordPage
{
    public const string Path = IdentityAddresses.SetPassword;
    private const string LinkNoLongerWorks = "This link has expired or has already been used. Ask your partnership's coordinator for a new one.";

    public static IEndpointRouteBuilder MapSetPasswordPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Show).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(Path, SetPassword).AllowAnonymous().ExcludeFromDescription();
        return app;
    }


    public static IResult Show(HttpContext http, IAntiforgery antiforgery, string? user, string? token) =>
        Page(http, antiforgery, new SetPasswordForm(user, token, null, null), []);

    public static async Task<IResult> SetPassword(
        [FromForm] SetPasswordForm form, HttpContext http, IAntiforgery antiforgery, UserManager<StaffUser> users, IdentityStore store, TimeProvider clock)
    {
        List<FieldError> errors =
        [
            .. string.IsNullOrEmpty(form.Password) ? [new FieldError("password", "Enter a new password")] : Array.Empty<FieldError>(),
            .. form.Password != form.ConfirmPassword ? [new FieldError("confirmPassword", "Enter the same password twice")] : Array.Empty<FieldError>(),
        ];
        if (errors.Count > 0)
        {
            return Page(http, antiforgery, form, errors);
        }

        if (form.User is null || form.Token is null || await users.FindByIdAsync(form.User) is not { DisabledAt: null } user)
        {
            return Page(http, antiforgery, form, [new FieldError("password", LinkNoLongerWorks)]);
        }

        var result = await users.ResetPasswordAsync(user, form.Token, form.Password!);
        if (!result.Succeeded)
        {
            return Page(http, antiforgery, form, [.. result.Errors.Select(e => new FieldError("password", e.Code == "InvalidToken" ? LinkNoLongerWorks : e.Description)).Distinct()]);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.PasswordSet);
        return AccountPage.Render("Your password is set", "<p>You can now sign in to the service with your work email address and this password.</p><p><a href=\"/\">Go to the service</a></p>", []);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, SetPasswordForm form, List<FieldError> errors) =>
        AccountPage.Render(
            "Set your password",
            AccountPage.Form(
                Path,
                http,
                antiforgery,
                AccountPage.Hidden("user", form.User) + AccountPage.Hidden("token", form.Token)
                    + AccountPage.Input("password", "New password", "password", "new-password", null, errors,
                        hint: "At least 12 characters. Three or more random words make a strong password that is easy to remember.")
                    + AccountPage.Input("confirmPassword", "Confirm new password", "password", "new-password", null, errors),
                "Set password"),
            errors,
            errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
}
