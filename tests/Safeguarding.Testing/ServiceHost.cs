using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Testing;

/// <summary>
/// A service under test, hosted in memory but wired to real servers: a fresh database of its own on the
/// shared PostgreSQL, and a RabbitMQ broker (the shared one unless a test brings its own).
/// </summary>
public class ServiceHost<TProgram>(
    string databaseConnectionName,
    IPostgresServer postgres,
    IRabbitMqServer rabbitMq,
    Action<IServiceCollection>? configureServices = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public string DatabaseName { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    public IRabbitMqServer RabbitMq => rabbitMq;

    /// <summary>The service's own database, for a test that looks at what is stored.</summary>
    public string DatabaseConnectionString => postgres.ConnectionString(DatabaseName);

    /// <param name="configureServices">Replacements for the test, e.g. a clock the test moves.</param>
    /// <param name="settings">Configuration the test needs besides the servers and the test key.</param>
    public static async Task<ServiceHost<TProgram>> StartAsync(
        string databaseConnectionName,
        IRabbitMqServer? rabbitMq = null,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new ServiceHost<TProgram>(
            databaseConnectionName, await SharedServers.Postgres, rabbitMq ?? await SharedServers.RabbitMq, configureServices, settings);
        await host.StartBusAsync();
        return host;
    }

    /// <summary>Publishes a message as its owning service's outbox would: on the bus, with MessageId = its EventId.</summary>
    public Task PublishAsync(Safeguarding.Contracts.IIntegrationEvent message) =>
        Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = message.EventId);

    /// <summary>Publishes messages one after the other, in the order given.</summary>
    public async Task PublishAsync(IEnumerable<Safeguarding.Contracts.IIntegrationEvent> messages)
    {
        foreach (var message in messages)
        {
            await PublishAsync(message);
        }
    }

    public HttpClient ClientFor(string partnershipId, string role, string? organisationId = null, string? email = null) =>
        CreateClient().WithToken(TestTokens.For(partnershipId, role, organisationId, email));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", postgres.ConnectionString(DatabaseName));
        builder.UseSetting("ConnectionStrings:messaging", rabbitMq.AmqpUri.ToString());
        builder.UseSetting("Messaging:Isolation", DatabaseName.Replace('_', '-'));
        builder.UseSetting("Auth:Issuer", TestTokens.Options.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Options.Audience);
        builder.UseSetting("Auth:SigningKey", TestTokens.Options.SigningKey);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("ApiDocuments", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    private async Task StartBusAsync()
    {
        _ = Server; // builds and starts the host
        if (Services.GetService<IBusControl>() is not { } bus)
        {
            return; // a service without messaging (Identity)
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
    }
}
