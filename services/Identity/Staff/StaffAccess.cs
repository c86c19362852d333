using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// How staff sign in: a work email and a password of at least 12 characters (length, not character rules, as the
/// NCSC advises), failures holding back the address they came from (AccountHolds), and a short session at the Identity service
/// itself (the web front end keeps its own, renewed by refresh tokens).
/// </summary>
public static class StaffAccess
{
    public const string SessionScheme = "StaffSession";
    public static readonly TimeSpan SessionFor = TimeSpan.FromHours(1);
    public static readonly TimeSpan PasswordLinkLifetime = TimeSpan.FromHours(24);

    public static IServiceCollection AddStaffAccess(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Failed sign-ins hold back an address, not the account (AccountHolds): nobody can lock a person out.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<IdentityStore>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordLinkLifetime);
        services.AddAuthentication().AddCookie(SessionScheme, options =>
        {
            options.Cookie.Name = "sg-identity-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = SessionCookies.SecurePolicy(environment);
            options.ExpireTimeSpan = SessionFor;
            options.SlidingExpiration = false;
            options.LoginPath = IdentityAddresses.SignIn;
            options.Events = new CookieAuthenticationEvents { OnValidatePrincipal = ValidateSessionAsync };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sg-identity-antiforgery";
            options.Cookie.SecurePolicy = SessionCookies.SecurePolicy(environment);
        });
        return services;
    }

    public static async Task<bool> MaySignInAsync(UserManager<StaffUser> users, StaffUser user) =>
        user.DisabledAt is null && !await users.IsLockedOutAsync(user);

    /// <summary>A session ends as soon as its user is disabled, locked or has a new password (the security stamp changes).</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<StaffUser>>();
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        if (context.Principal is null || await users.GetUserAsync(context.Principal) is not { } user
            || !await MaySignInAsync(users, user) || stamp != await users.GetSecurityStampAsync(user))
        {
            context.RejectPrincipal();
        }
    }

    public const string StampClaim = "sg-stamp";
}
