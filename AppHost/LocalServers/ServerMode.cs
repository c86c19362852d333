namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// The one switch that decides where PostgreSQL and RabbitMQ come from. Configuration "Servers" may say
/// "containers" or "local"; left empty, containers are used when the container runtime answers `docker info`
/// (a container resource without a working runtime makes Aspire hang), local processes otherwise.
/// </summary>
public enum ServerMode
{
    Containers,
    LocalProcesses,
}

public static class ServerModes
{
    public static ServerMode Resolve(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        "containers" => ServerMode.Containers,
        "local" => ServerMode.LocalProcesses,
        null or "" => ContainerRuntime.Answers() ? ServerMode.Containers : ServerMode.LocalProcesses,
        _ => throw new InvalidOperationException($"Servers must be \"containers\", \"local\" or empty, not \"{configured}\"."),
    };
}
