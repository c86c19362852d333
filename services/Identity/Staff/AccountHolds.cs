using System.Collections.Concurrent;

namespace Safeguarding.Identity.Staff;

/// <summary>
/// Failed sign-ins slow the guesser, never the person. Five wrong passwords in a row from one address hold that
/// address back from that account, for 1 minute the first time and twice as long each time after (at most an hour);
/// every other address is unaffected, so nobody elsewhere can lock a person out. Across all addresses an account
/// takes at most <see cref="FailuresPerAccount"/> wrong passwords an hour; past that, only addresses the person has
/// signed in from before may try, which stops spraying from many addresses. Kept per Identity instance, in memory.
/// </summary>
public sealed class AccountHolds(TimeProvider clock, int failuresPerAccount = AccountHolds.DefaultFailuresPerAccount)
{
    public const int FailuresInARow = 5;
    public const int DefaultFailuresPerAccount = 50;
    public static readonly TimeSpan FirstHold = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestHold = TimeSpan.FromHours(1);
    public static readonly TimeSpan AccountWindow = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string Account, string Address), AddressRecord> _addresses = new();
    private readonly ConcurrentDictionary<string, AccountRecord> _accounts = new();

    public int FailuresPerAccount => failuresPerAccount;

    /// <summary>Whether this address may try this account's password now.</summary>
    public bool MayTry(string account, string address)
    {
        var now = clock.GetUtcNow();
        var record = _addresses.GetValueOrDefault((account, address));
        if (record?.HeldUntil > now)
        {
            return false;
        }

        return record?.SignedIn == true || !_accounts.TryGetValue(account, out var whole) || whole.Recent(now).Count < failuresPerAccount;
    }

    /// <summary>Counts a wrong password; answers how long the address is now held back, if this failure started a hold.</summary>
    public TimeSpan? Failed(string account, string address)
    {
        var now = clock.GetUtcNow();
        _accounts.AddOrUpdate(account, _ => new AccountRecord([now]), (_, r) => new AccountRecord([.. r.Recent(now).TakeLast(failuresPerAccount), now]));
        TimeSpan? started = null;
        _addresses.AddOrUpdate(
            (account, address),
            _ => new AddressRecord(1, 0, null, false),
            (_, r) =>
            {
                if (r.InARow + 1 < FailuresInARow)
                {
                    return r with { InARow = r.InARow + 1 };
                }

                var hold = Hold(r.Holds);
                started = hold;
                return new AddressRecord(0, r.Holds + 1, now + hold, r.SignedIn);
            });
        return started;
    }

    /// <summary>A right password: this address starts afresh and is remembered as the person's own.</summary>
    public void SignedIn(string account, string address) =>
        _addresses[(account, address)] = new AddressRecord(0, 0, null, true);

    /// <summary>An administrator's unlock: every hold on the account ends and its count starts again.</summary>
    public void Release(string account)
    {
        _accounts.TryRemove(account, out _);
        foreach (var key in _addresses.Keys.Where(k => k.Account == account))
        {
            _addresses.AddOrUpdate(key, _ => new AddressRecord(0, 0, null, false), (_, r) => new AddressRecord(0, 0, null, r.SignedIn));
        }
    }

    /// <summary>Until when some address is held back from the account, or null.</summary>
    public DateTimeOffset? HeldUntil(string account)
    {
        var now = clock.GetUtcNow();
        return _addresses.Where(a => a.Key.Account == account && a.Value.HeldUntil > now).Max(a => a.Value.HeldUntil);
    }

    private static TimeSpan Hold(int holdsBefore) =>
        TimeSpan.FromTicks(Math.Min(LongestHold.Ticks, FirstHold.Ticks << Math.Min(holdsBefore, 16)));

    private sealed record AddressRecord(int InARow, int Holds, DateTimeOffset? HeldUntil, bool SignedIn);

    private sealed record AccountRecord(IReadOnlyList<DateTimeOffset> Failures)
    {
        public IReadOnlyList<DateTimeOffset> Recent(DateTimeOffset now) => [.. Failures.Where(f => f > now - AccountWindow)];
    }
}
