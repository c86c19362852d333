using System.Diagnostics;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// Whether a container runtime answers `docker info` within a few seconds. Shared (as a linked source file) by
/// the AppHost and the test fixtures, so both pick their servers the same way.
/// </summary>
public static class ContainerRuntime
{
    public static bool Answers()
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
