using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.Contracts.Programme;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

/// <summary>The event table is the outbox: an event committed while RabbitMQ is down is delivered once it is back.</summary>
public sealed class RabbitMqOutageTests : IAsyncLifetime, IDisposable
{
    private readonly RecordedLogs _logs = new();
    private IRabbitMqServer _broker = null!;
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync()
    {
        // A broker of its own: stopping the shared one would break the other tests.
        _broker = await Servers.StartRabbitMqAsync();
        _host = await ServiceHost<Program>.StartAsync(
            "programme-db",
            _broker,
            services => services.AddSingleton<ILoggerProvider>(_logs),
            new Dictionary<string, string> { ["Logging:LogLevel:MassTransit"] = "Debug" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _broker.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task An_audit_scheduled_while_RabbitMQ_is_down_is_delivered_when_it_returns()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = _host.ClientFor(partnership, Roles.Coordinator);
        var tap = await ExchangeTap<AuditScheduled>.DeclareAsync(_broker.AmqpUri);
        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year = 2028 })).ReadAsync<AuditProgramme>();

        await _broker.StopAsync();
        var response = await coordinator.PostJsonAsync(
            $"/api/programmes/{programme.Id}/audits", new { quarter = 3, theme = "Neglect", categories = new[] { "EarlyHelp" } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var scheduled = await response.ReadAsync<ScheduledAudit>();
        // Committed while the broker is gone (StopAsync waited for its process to end). Whether the forwarder has tried
        // yet is the machine's timing: on a loaded CI machine it had not within a minute, so the test does not wait for it.
        await _broker.StartAsync();

        // Generous: the service reconnects with backoff, which a loaded machine stretches.
        var received = await tap.TakeAsync(m => m.AuditId == scheduled.AuditId, TimeSpan.FromMinutes(3),
            () => "What the service logged about the bus:\n" + _logs.Tail(60, "Safeguarding.EventSourcing", "MassTransit", "Marten", "JasperFx"));
        Assert.Equal("Neglect", received.Theme.Value);
    }
}
