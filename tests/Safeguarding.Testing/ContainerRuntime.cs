namespace Safeguarding.Testing;

/// <summary>
/// Where tests get their servers: Testcontainers where Docker answers, throwaway local processes otherwise
/// (this project's build machines). SG_SERVERS=local|containers overrides the probe.
/// </summary>
public static class ContainerRuntime
{
    private static readonly Lazy<bool> Available = new(AppHost.LocalServers.ContainerRuntime.Answers);

    public static bool IsAvailable => Environment.GetEnvironmentVariable("SG_SERVERS") switch
    {
        "local" => false,
        "containers" => true,
        _ => Available.Value,
    };
}
