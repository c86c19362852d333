namespace Safeguarding.Identity;

/// <summary>
/// The addresses browsers and partner systems follow, in one place: the pages and the protocol endpoints send people
/// to each other, and neither should need the other's code to know where.
/// </summary>
public static class IdentityAddresses
{
    public const string SignIn = "/account/sign-in";
    public const string SetPassword = "/account/set-password";
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/logout";

    /// <summary>The one-time link a person follows to set their password.</summary>
    public static string SetPasswordLink(Uri issuer, string userId, string token) =>
        new Uri(issuer, $"{SetPassword}?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}").ToString();
}
