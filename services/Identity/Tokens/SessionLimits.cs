using System.Globalization;
using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// How long a member of staff stays signed in: never longer than <paramref name="Absolute"/> from signing in with
/// their password (default 12 hours), and not once <paramref name="Idle"/> has passed without a refresh (default 30
/// minutes; a busy browser refreshes every 10). Both are kept in the refresh token, so every client obeys them.
/// </summary>
public sealed record SessionLimits(TimeSpan Absolute, TimeSpan Idle)
{
    /// <summary>When the person signed in with their password (Unix seconds); kept in refresh tokens only.</summary>
    public const string StartedClaim = "session_started";

    /// <summary>When the refresh token was issued, the last sign of use (Unix seconds); kept in refresh tokens only.</summary>
    public const string SeenClaim = "session_seen";

    public static SessionLimits From(IConfiguration configuration) =>
        new(TimeSpan.FromHours(configuration.GetValue("Identity:SessionHours", 12.0)), TimeSpan.FromMinutes(configuration.GetValue("Identity:IdleMinutes", 30.0)));

    /// <summary>The session's start, when it may go on at <paramref name="now"/>; null when it has ended or the token predates the limits.</summary>
    public DateTimeOffset? Continues(ClaimsPrincipal refreshed, DateTimeOffset now) =>
        Read(refreshed, StartedClaim) is { } started && Read(refreshed, SeenClaim) is { } seen && now - started < Absolute && now - seen < Idle ? started : null;

    /// <summary>Marks the new tokens with the session's start and this moment, and lets the refresh token live no longer than the session may.</summary>
    public ClaimsPrincipal Mark(ClaimsPrincipal principal, DateTimeOffset started, DateTimeOffset now)
    {
        principal.SetClaim(StartedClaim, started.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        principal.SetClaim(SeenClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var left = started + Absolute - now;
        principal.SetRefreshTokenLifetime(left < Idle ? left : Idle);
        return principal;
    }

    private static DateTimeOffset? Read(ClaimsPrincipal principal, string claim) =>
        long.TryParse(principal.GetClaim(claim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
