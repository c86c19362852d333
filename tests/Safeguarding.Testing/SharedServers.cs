namespace Safeguarding.Testing;

/// <summary>
/// One PostgreSQL and one RabbitMQ per test assembly, started on first use and stopped when the test process
/// ends. Tests isolate themselves by database and partnership, not by server, which keeps a run fast.
/// </summary>
public static class SharedServers
{
    private static readonly Lazy<Task<IPostgresServer>> SharedPostgres = new(Servers.StartPostgresAsync);
    private static readonly Lazy<Task<IRabbitMqServer>> SharedRabbitMq = new(Servers.StartRabbitMqAsync);

    static SharedServers() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    public static Task<IPostgresServer> Postgres => SharedPostgres.Value;

    public static Task<IRabbitMqServer> RabbitMq => SharedRabbitMq.Value;

    private static void StopAll()
    {
        if (SharedRabbitMq.IsValueCreated && SharedRabbitMq.Value.IsCompletedSuccessfully)
        {
            SharedRabbitMq.Value.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20));
        }

        if (SharedPostgres.IsValueCreated && SharedPostgres.Value.IsCompletedSuccessfully)
        {
            SharedPostgres.Value.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20));
        }
    }
}
