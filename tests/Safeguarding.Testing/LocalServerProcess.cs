using System.Diagnostics;

namespace Safeguarding.Testing;

/// <summary>
/// One of the repo's scripts/local-*.sh run as its own process group, output to a log file (never to the
/// test runner's pipes, which a stray child would hold open), stopped by signalling the whole group.
/// </summary>
/// <param name="stopSignal">What asks the server to stop quickly: INT for PostgreSQL (TERM waits for clients), TERM for RabbitMQ.</param>
public sealed class LocalServerProcess(string script, string logFile, IReadOnlyDictionary<string, string> environment, string stopSignal)
{
    private Process? _process;

    public void Start()
    {
        var start = new ProcessStartInfo("setsid")
        {
            ArgumentList = { "bash", "-c", "exec bash \"$0\" >>\"$1\" 2>&1", ScriptPath(script), logFile },
            UseShellExecute = false,
            Environment = { ["SG_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {script}.");
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        Signal(stopSignal, _process.Id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Signal("KILL", _process.Id);
        }
    }

    public string Log() => File.Exists(logFile) ? File.ReadAllText(logFile) : "";

    private static void Signal(string signal, int processGroup)
    {
        using var kill = Process.Start("kill", ["-" + signal, "--", "-" + processGroup]);
        kill?.WaitForExit();
    }

    private static string ScriptPath(string script)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "scripts", script);
        return File.Exists(path) ? path : throw new FileNotFoundException("The local server script was not copied to the test output.", path);
    }
}
