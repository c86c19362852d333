using System.Collections.Concurrent;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The whole AppHost, as `dotnet run` starts it (servers chosen the same way), with the tests' signing key.
/// Tests talk to it only through the gateway, as a partner system would.
/// </summary>
public sealed partial class WholeSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>What the dashboard lists; each must be healthy, databases and servers included.</summary>
    public static readonly IReadOnlyList<string> EveryResource =
    [
        "postgres", "messaging", "mail",
        "reporting-db", "audit-db", "programme-db", "section11-db", "learning-db", "notifications-db", "identity-db",
        "reporting", "audit", "programme", "section11", "learning", "notifications", "identity", "web", "gateway",
    ];

    private DistributedApplication _app = null!;
    private volatile bool _started;

    public HttpClient Gateway(string? partnershipId = null, string role = "coordinator", Guid? organisationId = null)
    {
        var client = _app.CreateHttpClient("gateway");
        return partnershipId is null ? client : client.As(partnershipId, role, organisationId?.ToString());
    }

    public const string WebClientSecret = "tests-web-client-secret";

    public const string OperatorClientSecret = "tests-operator-client-secret";

    /// <summary>The platform operator, signed in as its client at the front door (client credentials).</summary>
    public async Task<HttpClient> PlatformOperatorAsync()
    {
        using var answer = await RequestOperatorTokenAsync();
        answer.EnsureSuccessStatusCode();
        return Gateway().WithToken((await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString()!);
    }

    /// <summary>The platform operator's client asking Identity for a token, through the gateway.</summary>
    public Task<HttpResponseMessage> RequestOperatorTokenAsync() =>
        Gateway().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "safeguarding-operator",
            ["client_secret"] = OperatorClientSecret,
        }));

    public Uri GatewayAddress => _app.GetEndpoint("gateway", "http");

    /// <summary>The spans every process exported, for the traces a test watches.</summary>
    public OtlpReceiver Telemetry { get; private set; } = null!;

    /// <summary>What reached the AppHost's local mail server (its web inbox's API).</summary>
    public MailInbox Mail => _mail ??= new MailInbox(_app.GetEndpoint("mail", "http"));

    private MailInbox? _mail;

    private readonly string _checkClockFile = Path.Combine(Path.GetTempPath(), $"safeguarding-check-clock-{Guid.NewGuid():N}");

    /// <summary>
    /// Lets days pass for Notifications' periodic checks (escalations, chases, digests) while everything else keeps real
    /// time; <see cref="TimeSpan.Zero"/> puts them back.
    /// </summary>
    public Task MoveCheckClockAsync(TimeSpan ahead) =>
        File.WriteAllTextAsync(_checkClockFile, ahead.ToString("c", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>What a service's readiness check says of it (Healthy, Degraded or Unhealthy), asked directly as an orchestrator would.</summary>
    public async Task<string> HealthAsync(string resource)
    {
        using var service = _app.CreateHttpClient(resource);
        using var answer = await service.GetAsync("/health");
        return await answer.Content.ReadAsStringAsync();
    }

    /// <summary>A database's connection string, for tests that count what a service stored.</summary>
    public async Task<string> ConnectionStringAsync(string database) =>
        await _app.GetConnectionStringAsync(database) ?? throw new InvalidOperationException($"{database} has no connection string.");

    /// <summary>A browser at the front door (cookies kept, redirects not followed) signing in as the web front end does.</summary>
    public StaffSignIn StaffBrowser()
    {
        var gateway = GatewayAddress;
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = gateway };
        return new StaffSignIn(browser, "safeguarding-web", WebClientSecret, new Uri(gateway, "/signin-oidc"));
    }

    /// <summary>
    /// Kills a server or a service outright (SIGKILL, as a crash or the kernel's out-of-memory killer would), leaving its
    /// data as the crash left it, and waits until the AppHost sees it gone. The broker is the Erlang VM given the broker's
    /// port (the VM names its node only in its environment); PostgreSQL, its server and every backend (as a machine crash
    /// would: a backend left alive would hold the server's shared memory); a service, every process Aspire started under
    /// its name.
    /// Local servers only: under a container runtime the broker is a container this does not reach.
    /// </summary>
    public async Task KillAsync(string resource)
    {
        var (marker, command) = resource switch
        {
            "messaging" => ($"RABBITMQ_NODE_PORT={_app.GetEndpoint("messaging", "amqp").Port}\0", "beam.smp"),
            "postgres" => ($"PGPORT={_app.GetEndpoint("postgres", "tcp").Port}\0", "postgres"),
            _ => ($"OTEL_SERVICE_NAME={resource}\0", null),
        };

        var killed = KillEvery(marker, command);

        // Killed again until a scan finds none alive: a backend forked while the first pass ran would outlive the server.
        await Eventually.Get(() => Task.FromResult(KillEvery(marker, command)), left => left == 0, TimeSpan.FromSeconds(10));
        Assert.True(killed > 0, $"No process of {resource} ({marker.TrimEnd('\0')}) was found to kill.");
        await WithinAMinuteAsync(resource, "seen stopped", token => _app.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, token));
    }

    private static int KillEvery(string marker, string? command)
    {
        var killed = 0;
        foreach (var process in Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)))
        {
            if ((command is null || Read($"/proc/{process}/comm").Trim() == command) && Read($"/proc/{process}/environ").Contains(marker, StringComparison.Ordinal))
            {
                try
                {
                    using var running = System.Diagnostics.Process.GetProcessById(int.Parse(process!, System.Globalization.CultureInfo.InvariantCulture));
                    running.Kill();
                    killed++;
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Gone between the scan and the kill.
                }
            }
        }

        return killed;
    }

    /// <summary>Starts a resource the AppHost saw stop, as its dashboard's Start command does, and waits until it is healthy.</summary>
    public async Task StartAgainAsync(string resource)
    {
        var model = _app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resource);
        var result = await WithinAMinuteAsync(resource, "started", token =>
            _app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(model, KnownResourceCommands.StartCommand, token));
        Assert.True(result.Success, $"{resource} did not start again: {result.Message}");
        await WithinAMinuteAsync(resource, "healthy again", token => _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, token));
    }

    private async Task<T> WithinAMinuteAsync<T>(string resource, string what, Func<CancellationToken, Task<T>> waiting)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            return await waiting(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var state = _app.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current.Snapshot.State?.Text : "unknown";
            throw new TimeoutException($"{resource} was not {what} within a minute; its state: {state}.");
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Safeguarding_AppHost>(
            [
                $"Auth:Issuer={TestTokens.Options.Issuer}",
                $"Auth:Audience={TestTokens.Options.Audience}",
                $"Parameters:auth-signing-key={TestTokens.Options.SigningKey}",
                $"Parameters:web-client-secret={WebClientSecret}",
                "Parameters:web-gateway-key=tests-web-gateway-key",
                $"Parameters:operator-client-secret={OperatorClientSecret}",
                "Identity:SignInAttemptsPerAddress=10000",
                $"Notifications:TestCheckClockFile={_checkClockFile}",
                "Notifications:CheckEvery=00:00:05",
            ],
            (options, _) => options.DisableDashboard = true);

        // Every process exports its telemetry to the tests, as it would to the dashboard (which the tests do without).
        Telemetry = await OtlpReceiver.StartAsync();
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(context =>
            {
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Address.ToString();
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                context.EnvironmentVariables["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
            });
        }

        RouteThroughFaultyLinks(builder);

        // A start that runs out of time must say which resource held it up and what that resource last logged.
        using var startLogs = new RecordedLogs();
        builder.Services.AddLogging(logging => logging
            .AddProvider(startLogs)
            .AddFilter<RecordedLogs>((_, level) => !_started && level >= LogLevel.Information));
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var states = new ConcurrentDictionary<string, string>();
        var watching = WatchStatesAsync(states, timeout);
        var step = "starting the AppHost";
        try
        {
            await _app.StartAsync(timeout.Token);
            foreach (var resource in EveryResource)
            {
                step = $"waiting for {resource} to be healthy";
                await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The system did not start within {StartTimeout}, or one of its resources stopped (while {step}).\n" +
                $"Resources:\n{string.Join('\n', states.OrderBy(s => s.Key).Select(s => $"  {s.Key}: {s.Value}"))}\n" +
                $"Last lines logged:\n{startLogs.Tail(80, string.Empty)}");
        }
        finally
        {
            await timeout.CancelAsync();
            await watching;
        }

        _started = true;
        startLogs.Lines.Clear();
    }

    /// <summary>Where a test suite wants trouble on a network link, it puts its own proxy between a service and a server.</summary>
    partial void RouteThroughFaultyLinks(IDistributedApplicationTestingBuilder builder);

    partial void CloseFaultyLinks();

    /// <summary>Keeps each resource's latest state, and gives up on the start as soon as a resource stops.</summary>
    private async Task WatchStatesAsync(ConcurrentDictionary<string, string> states, CancellationTokenSource start)
    {
        try
        {
            await foreach (var update in _app.ResourceNotifications.WatchAsync(start.Token))
            {
                var snapshot = update.Snapshot;
                states[update.Resource.Name] =
                    $"{snapshot.State?.Text ?? "unknown"}, health {snapshot.HealthStatus?.ToString() ?? "unknown"}, exit code {snapshot.ExitCode?.ToString() ?? "none"}";
                if (EveryResource.Contains(update.Resource.Name) && KnownResourceStates.TerminalStates.Contains(snapshot.State?.Text))
                {
                    await start.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Watching ends with the start, however the start ended.
        }
    }

    public async Task DisposeAsync()
    {
        _mail?.Dispose();
        await _app.DisposeAsync();
        await Telemetry.DisposeAsync();
        CloseFaultyLinks();
        File.Delete(_checkClockFile);
    }
}

[CollectionDefinition(nameof(WholeSystemCollection))]
public sealed class WholeSystemCollection : ICollectionFixture<WholeSystem>;
