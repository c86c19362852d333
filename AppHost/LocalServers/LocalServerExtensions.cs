using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using RabbitMQ.Client;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// PostgreSQL and RabbitMQ as throwaway processes of the AppHost, for machines without a container runtime.
/// Each run has its own data folder under .data/ (removed when the AppHost stops; leftovers of a killed run
/// are removed at the next start) and its own free ports.
/// </summary>
public static class LocalServerExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var port = FreePort();
        var resource = new LocalPostgresResource(name, builder.AppHostDirectory);
        builder.Services.AddHealthChecks().AddAsyncCheck($"{name}-accepts-connections", async cancellationToken =>
        {
            try
            {
                await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=3");
                await connection.OpenAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL does not accept connections yet", ex);
            }
        });

        return builder.AddResource(resource)
            .WithArgs(Script("local-postgres.sh"))
            .WithEndpoint(LocalPostgresResource.EndpointName, e =>
            {
                e.Port = port;
                e.TargetPort = port;
                e.IsProxied = false;
                e.UriScheme = "tcp";
            })
            .WithEnvironment("PGPORT", port.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("PG_DATA_DIR", Path.Combine(RunDirectory(builder), name))
            .WithEnvironment("SG_OWNER_PID", Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
            .WithHealthCheck($"{name}-accepts-connections");
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresResource> server, string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name.Replace('-', '_'), server.Resource);

        // A database has no process of its own: it is running when its server is ready.
        server.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, cancellationToken) =>
            await ready.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(
                database, state => state with { State = KnownResourceStates.Running }));

        return server.ApplicationBuilder.AddResource(database)
            .WithParentRelationship(server)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            });
    }

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name)
    {
        var port = FreePort();
        var resource = new LocalRabbitMqResource(name, builder.AppHostDirectory);
        builder.Services.AddHealthChecks().AddAsyncCheck($"{name}-accepts-connections", async cancellationToken =>
        {
            try
            {
                var factory = new ConnectionFactory { Uri = new Uri($"amqp://guest:guest@127.0.0.1:{port}/") };
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException)
            {
                return HealthCheckResult.Unhealthy("RabbitMQ does not accept connections yet", ex);
            }
        });

        return builder.AddResource(resource)
            .WithArgs(Script("local-rabbitmq.sh"))
            .WithEndpoint(LocalRabbitMqResource.EndpointName, e =>
            {
                e.Port = port;
                e.TargetPort = port;
                e.IsProxied = false;
                e.UriScheme = "amqp";
            })
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_DIST_PORT", FreePort().ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("ERL_EPMD_PORT", FreePort().ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBIT_DATA_DIR", Path.Combine(RunDirectory(builder), name))
            .WithEnvironment("SG_OWNER_PID", Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
            .WithHealthCheck($"{name}-accepts-connections");
    }

    /// <summary>
    /// smtp4dev (scripts/local-smtp.sh): a real SMTP server that keeps every message it receives, with a web inbox (the
    /// dashboard links to it) and an API the tests read. For development and tests only: a deployment names its own server.
    /// </summary>
    public static IResourceBuilder<LocalSmtpResource> AddLocalSmtp(this IDistributedApplicationBuilder builder, string name)
    {
        var smtpPort = FreePort();
        var inboxPort = FreePort();
        return builder.AddResource(new LocalSmtpResource(name, builder.AppHostDirectory))
            .WithArgs(Script("local-smtp.sh"))
            .WithEndpoint(LocalSmtpResource.SmtpEndpointName, e =>
            {
                e.Port = smtpPort;
                e.TargetPort = smtpPort;
                e.IsProxied = false;
                e.UriScheme = "smtp";
            })
            .WithHttpEndpoint(inboxPort, inboxPort, LocalSmtpResource.InboxEndpointName, isProxied: false)
            .WithUrlForEndpoint(LocalSmtpResource.InboxEndpointName, url => url.DisplayText = "Inbox")
            .WithEnvironment("SMTP_PORT", smtpPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("SMTP_WEB_PORT", inboxPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("SMTP_DATA_DIR", Path.Combine(RunDirectory(builder), name))
            .WithEnvironment("SG_OWNER_PID", Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
            .WithHttpHealthCheck("/api/messages?pageSize=1", endpointName: LocalSmtpResource.InboxEndpointName);
    }

    /// <summary>
    /// This run's data folder: LocalServers:DataDirectory, or .data/ beside the AppHost. Folders of runs whose
    /// AppHost is gone are removed first; this run's folder goes when the AppHost stops.
    /// </summary>
    private static string RunDirectory(IDistributedApplicationBuilder builder)
    {
        var root = builder.Configuration["LocalServers:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.AppHostDirectory, ".data");
        var run = Path.Combine(root, $"run-{Environment.ProcessId}");
        if (Directory.Exists(run))
        {
            return run;
        }

        Directory.CreateDirectory(run);
        if (!OperatingSystem.IsWindows())
        {
            // The postgres user must be able to reach its own folder below this one.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(run, (UnixFileMode)0b111_101_101);
        }

        foreach (var stale in Directory.GetDirectories(root, "run-*").Where(d => d != run && !IsAlive(d)))
        {
            TryDelete(stale);
        }

        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((created, _) =>
        {
            created.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => TryDelete(run));
            return Task.CompletedTask;
        });
        return run;
    }

    private static bool IsAlive(string runDirectory)
    {
        if (!int.TryParse(Path.GetFileName(runDirectory)["run-".Length..], out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A server may still be writing as it stops; the next start removes what is left.
        }
    }

    private static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "scripts", name);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
