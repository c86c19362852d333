using System.Text.Json.Nodes;
using Marten;
using Npgsql;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>How much of one service's store an erasure rewrote.</summary>
public sealed record ErasedRecords(int Events, int Documents);

/// <summary>
/// Erases a case from everything one service stores for a partnership, in one transaction: every stored event (in
/// place: the stream keeps its length and order, so every count and every projection still replays) and every
/// document whose JSON holds the case's key, as <see cref="CaseMasking"/> masks them. Marten's own event masking
/// rewrites whole events by type; an audit's events hold several cases, so only the case's part is rewritten here.
/// A stream that holds no other case (a review of one case) is the case's from its first event to its last.
/// </summary>
public static class CaseErasure
{
    public static async Task<ErasedRecords> EraseAsync(IDocumentStore store, string partnershipId, string caseKey, string erasedAs, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var erasure = new Erasure(connection, partnershipId, caseKey, erasedAs);
        var events = await erasure.EventsAsync(store.Options.Events.DatabaseSchemaName, cancellationToken);
        var documents = await erasure.DocumentsAsync(store.Options.DatabaseSchemaName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(events, documents);
    }

    private sealed record Stored(string Id, string Stream, Type Type, JsonNode? Data);

    private sealed class Erasure(NpgsqlConnection connection, string partnershipId, string caseKey, string erasedAs)
    {
        public async Task<int> EventsAsync(string schema, CancellationToken cancellationToken)
        {
            // Every event of each stream that mentions the key, to tell a stream of one case from one of several.
            var events = await ReadAsync(
                $"select seq_id::text, stream_id::text, mt_dotnet_type, data::text from {schema}.mt_events where tenant_id = @tenant and stream_id in "
                + $"(select stream_id from {schema}.mt_events where tenant_id = @tenant and strpos(data::text, @key) > 0) order by seq_id",
                cancellationToken);
            var masked = 0;
            foreach (var stream in events.GroupBy(e => e.Stream))
            {
                var oneCase = OnlyThisCase(stream);
                foreach (var e in stream.Where(e => CaseMasking.Mask(e.Data, e.Type, caseKey, erasedAs, oneCase)))
                {
                    await WriteAsync($"update {schema}.mt_events set data = @data::jsonb where tenant_id = @tenant and seq_id = @id::bigint", e, cancellationToken);
                    masked++;
                }
            }

            return masked;
        }

        public async Task<int> DocumentsAsync(string schema, CancellationToken cancellationToken)
        {
            var masked = 0;
            foreach (var table in await TablesAsync(schema, cancellationToken))
            {
                var documents = await ReadAsync(
                    $"select id::text, id::text, mt_dotnet_type, data::text from {schema}.{table} where tenant_id = @tenant and strpos(data::text, @key) > 0",
                    cancellationToken);
                foreach (var document in documents.Where(d => CaseMasking.Mask(d.Data, d.Type, caseKey, erasedAs, OnlyThisCase([d]))))
                {
                    await WriteAsync($"update {schema}.{table} set data = @data::jsonb where tenant_id = @tenant and id::text = @id", document, cancellationToken);
                    masked++;
                }
            }

            return masked;
        }

        private bool OnlyThisCase(IEnumerable<Stored> records) =>
            records.SelectMany(r => CaseMasking.CaseKeysIn(r.Data, r.Type)).All(key => key == caseKey || key == erasedAs);

        private async Task<IReadOnlyList<string>> TablesAsync(string schema, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(
                "select table_name from information_schema.columns where table_schema = @schema and column_name = 'tenant_id' and table_name like 'mt\\_doc\\_%'",
                connection);
            command.Parameters.AddWithValue("schema", schema);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var tables = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }

            return tables;
        }

        private async Task<IReadOnlyList<Stored>> ReadAsync(string sql, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("tenant", partnershipId);
            command.Parameters.AddWithValue("key", caseKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var stored = new List<Stored>();
            while (await reader.ReadAsync(cancellationToken))
            {
                // A record whose type this service no longer has cannot be read into anything, so it cannot be masked by its declarations.
                var type = TypeNamed(reader.GetString(2))
                    ?? throw new InvalidOperationException($"Stored type {reader.GetString(2)} is unknown: the case cannot be erased from it.");
                stored.Add(new(reader.GetString(0), reader.GetString(1), type, JsonNode.Parse(reader.GetString(3))));
            }

            return stored;
        }

        /// <summary>Marten names an event's type with its assembly, a document's by its full name alone.</summary>
        private static Type? TypeNamed(string name) =>
            Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name.Split(',')[0])).FirstOrDefault(t => t is not null);

        private async Task WriteAsync(string sql, Stored record, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("tenant", partnershipId);
            command.Parameters.AddWithValue("id", record.Id);
            command.Parameters.AddWithValue("data", record.Data!.ToJsonString());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
