using Npgsql;

namespace Safeguarding.Testing;

/// <summary>
/// Looks for a text anywhere in a database: every row of every table in every schema the services write (events with
/// their data and headers, documents, Marten's own tables), read as the row's whole text. Given a partnership, a table
/// that names each row's partnership is searched in that partnership's rows only (other tests share the database).
/// </summary>
public static class DatabaseScan
{
    /// <returns>The tables (schema.table) with a row holding <paramref name="text"/>: none when it is gone.</returns>
    public static async Task<IReadOnlyList<string>> TablesHoldingAsync(string connectionString, string text, string? partnershipId = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<(string Name, bool Tenanted)>();
        await using (var list = new NpgsqlCommand(
            "select t.table_schema, t.table_name, exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema"
            + " and c.table_name = t.table_name and c.column_name = 'tenant_id') from information_schema.tables t where t.table_type = 'BASE TABLE'"
            + " and t.table_schema not in ('pg_catalog', 'information_schema') order by 1, 2",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(($"\"{reader.GetString(0)}\".\"{reader.GetString(1)}\"", reader.GetBoolean(2)));
            }
        }

        var holding = new List<string>();
        foreach (var (table, tenanted) in tables)
        {
            var ofPartnership = partnershipId is not null && tenanted ? " and t.tenant_id = @partnership" : "";
            await using var find = new NpgsqlCommand($"select exists (select 1 from {table} t where strpos(t::text, @text) > 0{ofPartnership})", connection);
            find.Parameters.AddWithValue("text", text);
            find.Parameters.AddWithValue("partnership", partnershipId ?? "");
            if ((bool)(await find.ExecuteScalarAsync())!)
            {
                holding.Add(table);
            }
        }

        return holding;
    }
}
