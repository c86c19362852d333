using System.Diagnostics;

namespace Safeguarding.Benchmarks;

/// <summary>Timing helpers: latencies in milliseconds, percentiles by nearest rank.</summary>
public static class Measure
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static async Task<List<double>> SequentialAsync(int count, Func<Task> call)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        latencies.Sort();
        return latencies;
    }

    /// <summary>Runs <paramref name="connections"/> callers for <paramref name="duration"/>; answers calls per second and the sorted latencies.</summary>
    public static async Task<(double PerSecond, List<double> Latencies)> ConcurrentAsync(int connections, TimeSpan duration, Func<int, Task> call)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            for (var i = 0; Stopwatch.GetTimestamp() < until; i++)
            {
                var t = Stopwatch.GetTimestamp();
                await call((worker * 1_000_000) + i);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sorted = latencies.Order().ToList();
        return (sorted.Count / elapsed, sorted);
    }
}
