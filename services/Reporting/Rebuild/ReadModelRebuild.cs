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

/// <summary>Whether a partnership's rebuild started, and if it may not start yet, how long until it may.</summary>
public sealed record PartnershipRebuildStart(bool Started, TimeSpan? RetryAfter);

/// <summary>
/// Rebuilds read models from the log: every partnership's (the platform operator's rebuild, through the running async
/// daemon, which pauses each read model's live shard while it replays) or one partnership's (its administrator's, see
/// <see cref="PartnershipReadModels"/>). One rebuild runs at a time; the others wait their turn. The dashboards say
/// while a rebuild that covers the partnership runs.
/// </summary>
public sealed partial class ReadModelRebuild(IProjectionCoordinator coordinator, IDocumentStore store, TimeProvider clock, ILogger<ReadModelRebuild> logger) : IDisposable
{
    public static readonly TimeSpan PartnershipInterval = TimeSpan.FromMinutes(5);

    private static readonly RebuildStatus NotRun = new(false, null, 0, 0, null, null, null);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Dictionary<string, RebuildStatus> _partnerships = new(StringComparer.Ordinal);
    private RebuildStatus _status = NotRun;

    /// <summary>The platform operator's rebuild of every partnership.</summary>
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

    /// <summary>The rebuild that covers a partnership's figures: one that is running, else the latest to start.</summary>
    public RebuildStatus StatusFor(string partnershipId)
    {
        lock (_gate)
        {
            var own = _partnerships.GetValueOrDefault(partnershipId, NotRun);
            return own.Running || (!_status.Running && (own.StartedAt ?? DateTimeOffset.MinValue) > (_status.StartedAt ?? DateTimeOffset.MinValue)) ? own : _status;
        }
    }

    /// <summary>Starts a rebuild of every partnership unless one is running; answers whether it started.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_status.Running)
            {
                return false;
            }

            _status = NotRun with { Running = true, StartedAt = clock.GetUtcNow() };
            _ = Task.Run(RunAsync);
            return true;
        }
    }

    /// <summary>
    /// Starts a rebuild of one partnership's figures unless one that covers them is running, or the partnership's last
    /// one started less than <see cref="PartnershipInterval"/> ago (each pauses every partnership's figures a moment).
    /// </summary>
    public PartnershipRebuildStart TryStartFor(string partnershipId)
    {
        lock (_gate)
        {
            var last = _partnerships.GetValueOrDefault(partnershipId, NotRun);
            if (_status.Running || last.Running)
            {
                return new(false, null);
            }

            var now = clock.GetUtcNow();
            if (last.StartedAt is { } started && now - started < PartnershipInterval)
            {
                return new(false, started + PartnershipInterval - now);
            }

            _partnerships[partnershipId] = NotRun with { Running = true, StartedAt = now };
            _ = Task.Run(() => RunForAsync(partnershipId));
            return new(true, null);
        }
    }

    private async Task RunAsync()
    {
        await _oneAtATime.WaitAsync();
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
                await daemon.RebuildProjectionAsync(projections[i].Projection, TimeSpan.FromMinutes(10), CancellationToken.None);
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
            _oneAtATime.Release();
        }

        Finish(error, projections.Count, newest, stopwatch.Elapsed);
    }

    private async Task RunForAsync(string partnershipId)
    {
        await _oneAtATime.WaitAsync();
        var daemon = coordinator.DaemonForMainDatabase();
        var count = ReadModelProjections.All.Count;
        string? error = null;
        try
        {
            await daemon.StopAllAsync();
            await PartnershipReadModels.RebuildAsync(store, partnershipId, (model, done) => UpdateFor(partnershipId, model.Name, done, count), CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogPartnershipFailed(logger, partnershipId, ex);
            error = ex.Message;
        }
        finally
        {
            await daemon.StartAllAsync();
            _oneAtATime.Release();
        }

        lock (_gate)
        {
            var run = _partnerships[partnershipId];
            _partnerships[partnershipId] = run with
            {
                Running = false,
                Current = null,
                Percent = error is null ? 100 : run.Percent,
                FinishedAt = clock.GetUtcNow(),
                Error = error,
            };
        }
    }

    private void UpdateFor(string partnershipId, string current, int done, int count)
    {
        lock (_gate)
        {
            _partnerships[partnershipId] = _partnerships[partnershipId] with { Current = current, Percent = Math.Round(100.0 * done / count, 1) };
        }
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

    public void Dispose() => _oneAtATime.Dispose();

    private static double Rate(long events, TimeSpan elapsed) => elapsed.TotalSeconds <= 0 ? 0 : Math.Round(events / elapsed.TotalSeconds, 1);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the read models failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding one partnership's read models ({PartnershipId}) failed")]
    private static partial void LogPartnershipFailed(ILogger logger, string partnershipId, Exception exception);
}
