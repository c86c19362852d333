using System.Globalization;
using System.Threading.RateLimiting;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Identity.Account;

/// <summary>
/// Sign-in attempts from one address are limited apart from, and far below, everything else the gateway allows:
/// at most <c>Identity:SignInAttemptsPerAddress</c> (20) in any 5 minutes, counted before any account is looked up,
/// so trying one password on many accounts from one place is slow, and the answer says nothing about any account.
/// Counted per Identity instance, in memory.
/// </summary>
public sealed class SignInLimits(IConfiguration configuration) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Identity:SignInAttemptsPerAddress", 20),
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));

    /// <summary>Counts an attempt from the caller's address; false once the address has used its attempts.</summary>
    public bool TryAttempt(HttpContext http)
    {
        using var lease = _perAddress.AttemptAcquire(http.CallerAddress() ?? "unknown");
        return lease.IsAcquired;
    }

    public static string TooMany => string.Create(CultureInfo.InvariantCulture, $"Too many sign-in attempts from your network. Wait {Window.TotalMinutes:0} minutes and try again.");

    public void Dispose() => _perAddress.Dispose();
}
