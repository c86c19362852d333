using Microsoft.Extensions.Time.Testing;
using Safeguarding.Identity.Staff;

namespace Safeguarding.Identity.Tests;

/// <summary>Failed sign-ins slow whoever guesses, from where they guess, and never lock the person out elsewhere.</summary>
public sealed class AccountHoldsTests
{
    private const string Account = "user-1";
    private const string Guesser = "198.51.100.7";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private static TimeSpan? FailInARow(AccountHolds holds, string address)
    {
        TimeSpan? hold = null;
        for (var attempt = 0; attempt < AccountHolds.FailuresInARow; attempt++)
        {
            hold = holds.Failed(Account, address);
        }

        return hold;
    }

    [Fact]
    public void Five_failures_in_a_row_hold_back_that_address_alone_for_a_minute()
    {
        var holds = new AccountHolds(_clock);

        Assert.Equal(AccountHolds.FirstHold, FailInARow(holds, Guesser));

        Assert.False(holds.MayTry(Account, Guesser));
        Assert.True(holds.MayTry(Account, "203.0.113.20"));
        Assert.True(holds.MayTry("user-2", Guesser));
        Assert.Equal(_clock.GetUtcNow() + AccountHolds.FirstHold, holds.HeldUntil(Account));
        _clock.Advance(AccountHolds.FirstHold);
        Assert.True(holds.MayTry(Account, Guesser));
        Assert.Null(holds.HeldUntil(Account));
    }

    [Fact]
    public void Each_hold_on_an_address_lasts_twice_as_long_as_the_one_before_up_to_an_hour()
    {
        var holds = new AccountHolds(_clock);
        var seen = new List<TimeSpan?>();
        for (var round = 0; round < 9; round++)
        {
            seen.Add(FailInARow(holds, Guesser));
            _clock.Advance(AccountHolds.LongestHold);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], seen.Select(h => h!.Value.TotalMinutes));
    }

    [Fact]
    public void A_right_password_starts_the_address_afresh()
    {
        var holds = new AccountHolds(_clock);
        for (var attempt = 0; attempt < AccountHolds.FailuresInARow - 1; attempt++)
        {
            holds.Failed(Account, Guesser);
        }

        holds.SignedIn(Account, Guesser);

        Assert.Null(holds.Failed(Account, Guesser));
        Assert.True(holds.MayTry(Account, Guesser));
    }

    [Fact]
    public void Past_the_accounts_hourly_failures_only_addresses_the_person_signed_in_from_may_try()
    {
        var holds = new AccountHolds(_clock, failuresPerAccount: 10);
        holds.SignedIn(Account, "203.0.113.20");

        for (var address = 0; address < 10; address++)
        {
            holds.Failed(Account, $"198.51.100.{address}");
        }

        Assert.False(holds.MayTry(Account, "198.51.100.200"));
        Assert.True(holds.MayTry(Account, "203.0.113.20"));
        _clock.Advance(AccountHolds.AccountWindow);
        Assert.True(holds.MayTry(Account, "198.51.100.200"));
    }

    [Fact]
    public void An_administrators_release_ends_every_hold_on_the_account()
    {
        var holds = new AccountHolds(_clock, failuresPerAccount: 5);
        FailInARow(holds, Guesser);

        holds.Release(Account);

        Assert.True(holds.MayTry(Account, Guesser));
        Assert.True(holds.MayTry(Account, "198.51.100.200"));
        Assert.Null(holds.HeldUntil(Account));
    }
}
