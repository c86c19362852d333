namespace Safeguarding.Testing;

/// <summary>A real PostgreSQL server for tests; each test host gets a database of its own on it.</summary>
public interface IPostgresServer : IAsyncDisposable
{
    string ConnectionString(string database);
}

/// <summary>A real RabbitMQ broker for tests; it can be stopped and started again to test outages.</summary>
public interface IRabbitMqServer : IAsyncDisposable
{
    Uri AmqpUri { get; }

    Task StopAsync();

    Task StartAsync();
}

/// <summary>Starts the servers the way this machine allows: containers where Docker answers, local processes otherwise.</summary>
public static class Servers
{
    public static async Task<IPostgresServer> StartPostgresAsync() =>
        ContainerRuntime.IsAvailable ? await ContainerPostgres.StartAsync() : await LocalPostgres.StartAsync();

    public static async Task<IRabbitMqServer> StartRabbitMqAsync() =>
        ContainerRuntime.IsAvailable ? await ContainerRabbitMq.LaunchAsync() : await LocalRabbitMq.LaunchAsync();

    internal static string NewDataDirectory(string kind)
    {
        // Under /tmp so the postgres user can reach it; "sg-test-" lets the test script sweep leftovers.
        var path = Path.Combine(Path.GetTempPath(), $"sg-test-{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }

        return path;
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan timeout, Func<string> describeFailure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ready())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(describeFailure());
    }
}
