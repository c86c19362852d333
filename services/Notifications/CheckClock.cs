using System.Globalization;

namespace Safeguarding.Notifications;

/// <summary>
/// The clock the service's periodic checks run on (escalations, chases, daily digests): the service's own, unless a test
/// moves this one alone, so the days can pass for the checks while delivery and its retries keep real time.
/// </summary>
public sealed record CheckClock(TimeProvider Time)
{
    /// <summary>A file whose content (a time span, "7.00:00:00") puts the checks' clock that far ahead. Tests only.</summary>
    public const string TestOffsetFile = "Notifications:TestCheckClockFile";

    /// <summary>
    /// How often the checks run: a minute unless configured (one second to an hour), so a test that moves the clock
    /// need not wait a minute to see what it moved.
    /// </summary>
    public const string CheckEvery = "Notifications:CheckEvery";

    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The service's clock; where configuration names <see cref="TestOffsetFile"/>, moved by that file, so an end-to-end
    /// test can let days pass for the checks of a running system. Refused outside Development and Testing.
    /// </summary>
    public static CheckClock From(IConfiguration configuration, IHostEnvironment environment, TimeProvider time)
    {
        var every = configuration.GetValue(CheckEvery, TimeSpan.FromMinutes(1));
        if (every < TimeSpan.FromSeconds(1) || every > TimeSpan.FromHours(1))
        {
            throw new InvalidOperationException($"{CheckEvery} must be from one second to one hour; it is {every}.");
        }

        if (configuration[TestOffsetFile] is not { Length: > 0 } file)
        {
            return new(time) { Every = every };
        }

        return environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? new(new MovedByFile(time, file)) { Every = every }
            : throw new InvalidOperationException($"{TestOffsetFile} is a test option: refused outside Development and Testing.");
    }

    /// <summary>Only the time read is moved: timers keep the system's, so a check still runs as often in real time.</summary>
    private sealed class MovedByFile(TimeProvider time, string file) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => time.GetUtcNow() + Offset();

        private TimeSpan Offset() =>
            File.Exists(file) && TimeSpan.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var offset) ? offset : TimeSpan.Zero;
    }
}
