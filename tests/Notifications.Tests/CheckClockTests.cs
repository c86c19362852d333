using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Safeguarding.Notifications.Tests;

public class CheckClockTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static IConfiguration FileSetting(string file) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CheckClock.TestOffsetFile] = file }).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    [Fact]
    public void A_test_moves_the_checks_clock_by_writing_the_file_and_puts_it_back_by_emptying_it()
    {
        var file = Path.GetTempFileName();
        try
        {
            var clock = CheckClock.From(FileSetting(file), Environment("Testing"), new FakeTimeProvider(Now)).Time;
            var before = clock.GetUtcNow();
            File.WriteAllText(file, "2.03:00:00");
            var moved = clock.GetUtcNow();
            File.WriteAllText(file, "");

            Assert.Equal((Now, Now.AddDays(2).AddHours(3), Now), (before, moved, clock.GetUtcNow()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Outside_development_and_testing_the_file_is_refused_and_without_it_the_clock_is_the_services()
    {
        var time = new FakeTimeProvider(Now);

        Assert.Throws<InvalidOperationException>(() => CheckClock.From(FileSetting("/tmp/clock"), Environment(Environments.Production), time));
        Assert.Same(time, CheckClock.From(new ConfigurationBuilder().Build(), Environment(Environments.Production), time).Time);
    }

    [Theory]
    [InlineData(null, 60)]
    [InlineData("00:00:05", 5)]
    public void The_checks_run_each_minute_unless_configured(string? every, int seconds)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CheckClock.CheckEvery] = every }).Build();

        Assert.Equal(TimeSpan.FromSeconds(seconds), CheckClock.From(settings, Environment(Environments.Production), TimeProvider.System).Every);
    }

    [Theory]
    [InlineData("00:00:00.5")]
    [InlineData("02:00:00")]
    public void A_check_interval_under_a_second_or_over_an_hour_is_refused_at_start(string every)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CheckClock.CheckEvery] = every }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => CheckClock.From(settings, Environment(Environments.Production), TimeProvider.System));
        Assert.Contains(CheckClock.CheckEvery, refused.Message, StringComparison.Ordinal);
    }
}
