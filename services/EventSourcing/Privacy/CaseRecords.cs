using System.Text.Json.Nodes;
using Marten;
using Npgsql;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>One stored event or document, with the type its declarations are read from.</summary>
public sealed record StoredRecord(string Id, string Stream, Type Type, long Version, DateTimeOffset? At, JsonNode? Data);

/// <summary>A table of documents and those of its documents that mention a case.</summary>
public sealed record StoredDocuments(string Table, IReadOnlyList<StoredRecord> Documents);

/// <summary>
/// What one service stores for a partnership that mentions a case's key, read on one connection: every event of each
/// stream that mentions it (to tell a stream of one case from one of several) and every document whose JSON holds it.
/// Erasure rewrites them; subject access reads the case's part of them.
/// </summary>
public sealed class CaseRecords(NpgsqlConnection connection, IDocumentStore store, string partnershipId, string caseKey)
{
    public string EventSchema => store.Options.Events.DatabaseSchemaName;

    public string DocumentSchema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<IGrouping<string, StoredRecord>>> StreamsAsync(CancellationToken cancellationToken) =>
        [.. (await ReadAsync(
            $"select seq_id::text, stream_id::text, mt_dotnet_type, version, timestamp, data::text from {EventSchema}.mt_events where tenant_id = @tenant"
            + $" and stream_id in (select stream_id from {EventSchema}.mt_events where tenant_id = @tenant and strpos(data::text, @key) > 0) order by seq_id",
            cancellationToken)).GroupBy(e => e.Stream)];

    public async Task<IReadOnlyList<StoredDocuments>> DocumentsAsync(CancellationToken cancellationToken)
    {
        var found = new List<StoredDocuments>();
        foreach (var table in await TablesAsync(cancellationToken))
        {
            var documents = await ReadAsync(
                $"select id::text, id::text, mt_dotnet_type, 0::bigint, mt_last_modified, data::text from {DocumentSchema}.{table} where tenant_id = @tenant and strpos(data::text, @key) > 0",
                cancellationToken);
            if (documents.Count > 0)
            {
                found.Add(new(table, documents));
            }
        }

        return found;
    }

    /// <summary>True when the records name no case but this one (<paramref name="alsoThis"/>: a key already left in its place).</summary>
    public bool OnlyThisCase(IEnumerable<StoredRecord> records, string? alsoThis = null) =>
        records.SelectMany(r => CaseMasking.CaseKeysIn(r.Data, r.Type)).All(key => key == caseKey || key == alsoThis);

    private async Task<IReadOnlyList<string>> TablesAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.columns where table_schema = @schema and column_name = 'tenant_id' and table_name like 'mt\\_doc\\_%'",
            connection);
        command.Parameters.AddWithValue("schema", DocumentSchema);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private async Task<IReadOnlyList<StoredRecord>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", partnershipId);
        command.Parameters.AddWithValue("key", caseKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new List<StoredRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // A record whose type this service no longer has cannot be read into anything, so it cannot be masked by its declarations.
            var type = TypeNamed(reader.GetString(2))
                ?? throw new InvalidOperationException($"Stored type {reader.GetString(2)} is unknown: the case cannot be read or erased from it.");
            stored.Add(new(reader.GetString(0), reader.GetString(1), type, reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                JsonNode.Parse(reader.GetString(5))));
        }

        return stored;
    }

    /// <summary>Marten names an event's type with its assembly, a document's by its full name alone.</summary>
    private static Type? TypeNamed(string name) =>
        Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name.Split(',')[0])).FirstOrDefault(t => t is not null);
}
