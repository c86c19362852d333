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
        var records = new CaseRecords(connection, store, partnershipId, caseKey);
        var events = 0;
        foreach (var stream in await records.StreamsAsync(cancellationToken))
        {
            var oneCase = records.OnlyThisCase(stream, erasedAs);
            foreach (var e in stream.Where(e => CaseMasking.Mask(e.Data, e.Type, caseKey, erasedAs, oneCase)))
            {
                await WriteAsync(connection, $"update {records.EventSchema}.mt_events set data = @data::jsonb where tenant_id = @tenant and seq_id = @id::bigint", partnershipId, e, cancellationToken);
                events++;
            }
        }

        var documents = 0;
        foreach (var (table, found) in await records.DocumentsAsync(cancellationToken))
        {
            foreach (var document in found.Where(d => CaseMasking.Mask(d.Data, d.Type, caseKey, erasedAs, records.OnlyThisCase([d], erasedAs))))
            {
                await WriteAsync(connection, $"update {records.DocumentSchema}.{table} set data = @data::jsonb where tenant_id = @tenant and id::text = @id", partnershipId, document, cancellationToken);
                documents++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new(events, documents);
    }

    private static async Task WriteAsync(NpgsqlConnection connection, string sql, string partnershipId, StoredRecord record, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", partnershipId);
        command.Parameters.AddWithValue("id", record.Id);
        command.Parameters.AddWithValue("data", record.Data!.ToJsonString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
