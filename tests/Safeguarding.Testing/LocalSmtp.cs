using System.Globalization;

namespace Safeguarding.Testing;

/// <summary>
/// A real SMTP server for tests (smtp4dev through scripts/local-smtp.sh, as the AppHost runs it): services send to it
/// over SMTP and tests read what arrived through its inbox. It can be stopped and started again to test an outage.
/// </summary>
public sealed class LocalSmtp : IAsyncDisposable
{
    private readonly string _directory;
    private readonly LocalServerProcess _process;

    private LocalSmtp(string directory)
    {
        _directory = directory;
        SmtpPort = FreePorts.Next();
        var webPort = FreePorts.Next();
        Inbox = new MailInbox(new Uri($"http://127.0.0.1:{webPort}"));
        _process = new LocalServerProcess(
            "local-smtp.sh",
            Path.Combine(directory, "server.log"),
            new Dictionary<string, string>
            {
                ["SMTP_PORT"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
                ["SMTP_WEB_PORT"] = webPort.ToString(CultureInfo.InvariantCulture),
                ["SMTP_DATA_DIR"] = Path.Combine(directory, "smtp4dev"),
            },
            stopSignal: "TERM");
    }

    public int SmtpPort { get; }

    public MailInbox Inbox { get; }

    /// <summary>The settings a service needs to send here, with links through <paramref name="frontDoor"/>.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings(string frontDoor = "https://qa.example.org") => new Dictionary<string, string>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:FromAddress"] = "qa-platform@partnership.example.org",
        ["Mail:FrontDoor"] = frontDoor,
        ["Mail:TimeoutSeconds"] = "5",
    };

    public static async Task<LocalSmtp> LaunchAsync()
    {
        var server = new LocalSmtp(Servers.NewDataDirectory("smtp"));
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        _process.Start();
        await Servers.WaitUntilAsync(AnswersAsync, TimeSpan.FromSeconds(60), () => "smtp4dev did not start:\n" + _process.Log());
    }

    public Task StopAsync() => _process.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Inbox.Dispose();
        LocalPostgres.TryDelete(_directory);
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            await Inbox.To("nobody@example.org");
            using var smtp = new System.Net.Sockets.TcpClient();
            await smtp.ConnectAsync("127.0.0.1", SmtpPort);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Net.Sockets.SocketException or TaskCanceledException)
        {
            return false;
        }
    }
}
