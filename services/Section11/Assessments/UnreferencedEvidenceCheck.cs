using Marten;
using Npgsql;
using Safeguarding.EventSourcing.Background;
using Safeguarding.Section11.Evidence;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// Removes evidence files that no event names: a request that stored its file and then failed before its event was
/// appended leaves one. A file younger than the grace period may still be on its way into an event, so it stays.
/// </summary>
public sealed partial class UnreferencedEvidenceCheck(IEvidenceFileStore files, IDocumentStore store, TimeProvider clock, ILogger<UnreferencedEvidenceCheck> logger)
    : PeriodicCheck(clock, TimeSpan.FromHours(1), logger)
{
    /// <summary>Far longer than any upload request may take (the gateway and Kestrel end those within minutes).</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(1);

    /// <summary>Removes the files no event names; answers how many.</summary>
    public override async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var candidates = await files.KeysStoredBeforeAsync(Clock.GetUtcNow() - GracePeriod, cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var named = await NamedKeysAsync(cancellationToken);
        var unnamed = candidates.Where(key => !named.Contains(key)).ToList();
        foreach (var key in unnamed)
        {
            await files.DeleteAsync(key, cancellationToken);
            LogRemoved(logger, key);
        }

        return unnamed.Count;
    }

    /// <summary>
    /// Every file key any event of any partnership names, wherever it sits in the event: a shared or carried-forward
    /// submission names a file stored under another partnership or year.
    /// </summary>
    private async Task<HashSet<string>> NamedKeysAsync(CancellationToken cancellationToken)
    {
        var events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select distinct key #>> '{{}}' from {events}, jsonb_path_query(data, 'lax $.**.{nameof(StoredFile.Key)}') as key where jsonb_typeof(key) = 'string'",
            connection);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed evidence file {Key}: no event names it")]
    private static partial void LogRemoved(ILogger logger, string key);
}
