using System.Diagnostics;

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
        null or "" => ContainerRuntimeAnswers() ? ServerMode.Containers : ServerMode.LocalProcesses,
        _ => throw new InvalidOperationException($"Servers must be \"containers\", \"local\" or empty, not \"{configured}\"."),
    };

    private static bool ContainerRuntimeAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
