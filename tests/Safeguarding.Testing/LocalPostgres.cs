using Npgsql;

namespace Safeguarding.Testing;

/// <summary>PostgreSQL as a throwaway local process (scripts/local-postgres.sh, as the AppHost runs it).</summary>
public sealed class LocalPostgres : IPostgresServer
{
    private readonly LocalServerProcess _process;
    private readonly string _directory;
    private readonly int _port;

    private LocalPostgres(string directory, int port)
    {
        _directory = directory;
        _port = port;
        _process = new LocalServerProcess(
            "local-postgres.sh",
            Path.Combine(directory, "server.log"),
            new Dictionary<string, string>
            {
                ["PGPORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PG_DATA_DIR"] = Path.Combine(directory, "pg"),
                ["PG_FAST"] = "1",
            },
            stopSignal: "INT");
    }

    public static async Task<LocalPostgres> StartAsync()
    {
        var server = new LocalPostgres(Servers.NewDataDirectory("postgres"), FreePorts.Next());
        server._process.Start();
        await Servers.WaitUntilAsync(server.AcceptsConnectionsAsync, TimeSpan.FromSeconds(60),
            () => "PostgreSQL did not start:\n" + server._process.Log());
        return server;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=30";

    public async ValueTask DisposeAsync()
    {
        await _process.StopAsync();
        TryDelete(_directory);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=2");
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
