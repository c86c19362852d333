using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Identity.Account;

public sealed record SignInForm(string? Email, string? Password, string? ReturnUrl);

/// <summary>
/// Staff sign in with their work email and password. A failure says the same whether the email is unknown, the
/// password wrong or the account locked, and takes as long, so the page tells nobody which accounts exist.
/// </summary>
public static class SignInPage
{
    public const string Path = IdentityAddresses.SignIn;
    private const string Failed = "The email address or password is not right. After 5 attempts in a row the account is locked for 15 minutes.";

    // Verified when the email is unknown, so an unknown account costs the same hashing time as a known one.
    private static readonly string UnknownUserHash = new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString());

    public static IEndpointRouteBuilder MapSignInPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Show).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(Path, SignIn).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static IResult Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, new SignInForm(null, null, returnUrl), []);

    public static async Task<IResult> SignIn(
        [FromForm] SignInForm form, HttpContext http, IAntiforgery antiforgery, UserManager<StaffUser> users, IdentityStore store, TimeProvider clock,
        SignInLimits limits,
        AccountHolds holds)
    {
        if (!limits.TryAttempt(http))
        {
            return Page(http, antiforgery, form, [new FieldError("email", SignInLimits.TooMany)], StatusCodes.Status429TooManyRequests);
        }

        List<FieldError> errors =
        [
            .. string.IsNullOrWhiteSpace(form.Email) ? [new FieldError("email", "Enter your work email address")] : Array.Empty<FieldError>(),
            .. string.IsNullOrEmpty(form.Password) ? [new FieldError("password", "Enter your password")] : Array.Empty<FieldError>(),
        ];
        if (errors.Count > 0)
        {
            return Page(http, antiforgery, form, errors);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), UnknownUserHash, form.Password!);
            return Page(http, antiforgery, form, [new FieldError("email", Failed)]);
        }

        var address = http.CallerAddress() ?? "unknown";
        if (!await StaffAccess.MaySignInAsync(users, user) || !holds.MayTry(user.Id, address))
        {
            // The password is still checked (and its answer ignored): a held or disabled account takes as long as any other.
            await users.CheckPasswordAsync(user, form.Password!);
            await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.SignInRefused, "The account is disabled or held back from this address.");
            return Page(http, antiforgery, form, [new FieldError("email", Failed)]);
        }

        if (!await users.CheckPasswordAsync(user, form.Password!))
        {
            await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.SignInRefused, "Wrong password.");
            if (holds.Failed(user.Id, address) is { } held)
            {
                await StaffSecurityLog.RecordAsync(
                    store, http, clock, user, SecurityEventKinds.LockedOut, $"{AccountHolds.FailuresInARow} failed attempts in a row: this address is held back for {held.TotalMinutes:0} minutes.");
            }

            return Page(http, antiforgery, form, [new FieldError("email", Failed)]);
        }

        holds.SignedIn(user.Id, address);
        var session = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(ClaimTypes.Name, user.DisplayName),
                new Claim(StaffAccess.StampClaim, await users.GetSecurityStampAsync(user)),
            ],
            StaffAccess.SessionScheme);
        await http.SignInAsync(StaffAccess.SessionScheme, new ClaimsPrincipal(session));
        await StaffSecurityLog.RecordAsync(store, http, clock, user, SecurityEventKinds.SignedIn);
        return Results.Redirect(SafeReturnUrl(form.ReturnUrl));
    }

    /// <summary>Only back into the authorization request that sent the person here; anything else could be a phishing link.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(IdentityAddresses.Authorize + "?", StringComparison.Ordinal) ? returnUrl : "/";

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, SignInForm form, List<FieldError> errors, int? status = null) =>
        AccountPage.Render(
            "Sign in",
            AccountPage.Form(
                Path,
                http,
                antiforgery,
                AccountPage.Hidden("returnUrl", form.ReturnUrl)
                    + AccountPage.Input("email", "Work email address", "email", "username", form.Email, errors)
                    + AccountPage.Input("password", "Password", "password", "current-password", null, errors),
                "Sign in")
            + "<p>If you have forgotten your password, ask your partnership's coordinator for a new link to set one.</p>",
            errors,
            status ?? (errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK));
}
