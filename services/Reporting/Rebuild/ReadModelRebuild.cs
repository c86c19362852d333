using System.Diagnostics;
using Marten;
using Marten.Events.Daemon.Coordination;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Rebuild;

/// <summary>Where a rebuild stands: which read model, how far through all of them, and how fast.</summary>
public sealed record RebuildStatus(bool Running, string? Current, double Percent, double EventsPerSecond, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error);

/// <summary>
/// A rebuild as one partnership follows it: how far through the read models, whether it failed, and how many of the
/// partnership's own events the figures do not count yet; no rate or error text that would describe the other partnerships.
/// </summary>
public sealed record PartnershipRebuildStatus(
    bool Running, string? Current, double Percent, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, bool Failed, long EventsBehind);

/// <summary>
/// Rebuilds every read model from the log, one after another, through the running async daemon (which pauses each
/// one's live shard while it replays). One rebuild at a time; the dashboards say while it runs.
/// </summary>
public sealed partial class ReadModelRebuild(IProjectionCoordinator coordinator, IDocumentStore store, TimeProvider clock, ILogger<ReadModelRebuild> logger)
{
    private readonly Lock _gate = new();
    private RebuildStatus _status = new(false, null, 0, 0, null, null, null);
    private Task _running = Task.CompletedTask;

    public RebuildStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Starts a rebuild unless one is running; answers whether it started.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_status.Running)
            {
                return false;
            }

            _status = new RebuildStatus(true, null, 0, 0, clock.GetUtcNow(), null, null);
            _running = Task.Run(RunAsync);
            return true;
        }
    }

    public Task Completion => _running;

    private async Task RunAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var newest = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        var daemon = coordinator.DaemonForMainDatabase();
        var projections = ReadModelProjections.All;
        string? error = null;
        try
        {
            for (var i = 0; i < projections.Count; i++)
            {
                Update(projections[i].Name, i, projections.Count, newest, stopwatch.Elapsed);
                await daemon.RebuildProjectionAsync(projections[i], TimeSpan.FromMinutes(10), CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
            error = ex.Message;
        }
        finally
        {
            // A rebuild leaves its shard stopped, and so may a failed one: start them again so the read models follow new events.
            await daemon.StartAllAsync();
        }

        Finish(error, projections.Count, newest, stopwatch.Elapsed);
    }

    private void Update(string current, int done, int count, long newest, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _status = _status with { Current = current, Percent = Math.Round(100.0 * done / count, 1), EventsPerSecond = Rate(done * newest, elapsed) };
        }
    }

    private void Finish(string? error, int count, long newest, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _status = _status with
            {
                Running = false,
                Current = null,
                Percent = error is null ? 100 : _status.Percent,
                EventsPerSecond = Rate(count * newest, elapsed),
                FinishedAt = clock.GetUtcNow(),
                Error = error,
            };
        }
    }

    private static double Rate(long events, TimeSpan elapsed) => elapsed.TotalSeconds <= 0 ? 0 : Math.Round(events / elapsed.TotalSeconds, 1);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the read models failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
