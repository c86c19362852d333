using System.Diagnostics;

namespace Safeguarding.Testing;

/// <summary>
/// Whether Docker answers. Where it does, tests get their servers from Testcontainers; where it does not
/// (this project's build machines), from throwaway local processes. SG_SERVERS=local|containers overrides.
/// </summary>
public static class ContainerRuntime
{
    private static readonly Lazy<bool> Available = new(Probe);

    public static bool IsAvailable => Environment.GetEnvironmentVariable("SG_SERVERS") switch
    {
        "local" => false,
        "containers" => true,
        _ => Available.Value,
    };

    private static bool Probe()
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
