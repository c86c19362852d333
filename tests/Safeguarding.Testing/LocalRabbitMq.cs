using System.Globalization;
using RabbitMQ.Client;

namespace Safeguarding.Testing;

/// <summary>RabbitMQ as a throwaway local node (scripts/local-rabbitmq.sh, as the AppHost runs it).</summary>
public sealed class LocalRabbitMq : IRabbitMqServer
{
    private readonly string _directory;
    private readonly int _port;
    private readonly LocalServerProcess _process;

    private LocalRabbitMq(string directory)
    {
        _directory = directory;
        _port = FreePorts.Next();
        _process = new LocalServerProcess(
            "local-rabbitmq.sh",
            Path.Combine(directory, "server.log"),
            new Dictionary<string, string>
            {
                ["RABBITMQ_NODE_PORT"] = _port.ToString(CultureInfo.InvariantCulture),
                ["RABBITMQ_DIST_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                ["ERL_EPMD_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                ["RABBIT_DATA_DIR"] = Path.Combine(directory, "rabbitmq"),
            },
            stopSignal: "TERM");
    }

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{_port}/");

    public static async Task<LocalRabbitMq> LaunchAsync()
    {
        var server = new LocalRabbitMq(Servers.NewDataDirectory("rabbitmq"));
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        _process.Start();
        await Servers.WaitUntilAsync(AcceptsConnectionsAsync, TimeSpan.FromSeconds(90),
            () => "RabbitMQ did not start:\n" + _process.Log());
    }

    public Task StopAsync() => _process.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalPostgres.TryDelete(_directory);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            var factory = new ConnectionFactory { Uri = AmqpUri, RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync();
            return connection.IsOpen;
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
