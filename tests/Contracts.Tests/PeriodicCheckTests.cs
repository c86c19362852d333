using System.Text.RegularExpressions;
using Safeguarding.Testing;

namespace Safeguarding.Contracts.Tests;

/// <summary>
/// Every job a service runs on a timer is a *Check on the shared PeriodicCheck base, so each one runs at start, on
/// the service's own clock, logs what it changed and survives a failed tick the same way. Read from the source.
/// </summary>
public partial class PeriodicCheckTests
{
    private static IEnumerable<(string File, string Text)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Repository.Root, f), File.ReadAllText(f)));

    /// <summary>
    /// Background services that are not timer jobs: Notifications' delivery is a queue worker, woken the moment a message is
    /// written (an immediate concern cannot wait for a tick); its one-second look for due retries is its only timer.
    /// </summary>
    private static readonly string[] QueueWorkers = ["services/Notifications/Delivery/DeliveryWorker.cs"];

    [Fact]
    public void Only_the_shared_base_is_a_background_service()
    {
        var others = Sources()
            .Where(s => BackgroundService().IsMatch(s.Text) && !s.File.EndsWith("PeriodicCheck.cs", StringComparison.Ordinal))
            .Select(s => s.File.Replace(Path.DirectorySeparatorChar, '/'))
            .Except(QueueWorkers);

        Assert.Empty(others);
    }

    [Fact]
    public void Every_periodic_job_is_named_a_check()
    {
        var checks = Sources().SelectMany(s => OnTheBase().Matches(s.Text).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(checks);
        Assert.All(checks, name => Assert.EndsWith("Check", name, StringComparison.Ordinal));
    }

    [GeneratedRegex(@":\s*BackgroundService\b")]
    private static partial Regex BackgroundService();

    [GeneratedRegex(@"class\s+(\w+)[^{]*?:\s*PeriodicCheck\b")]
    private static partial Regex OnTheBase();
}
