using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Access;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>
/// The access log records where a read came from as the gateway saw it. A service believes X-Forwarded-For only from
/// the gateway's networks (here 10.99.0.0/16, as a deployment would name them), so a caller elsewhere cannot choose it.
/// </summary>
public sealed class CallerAddressTests : IAsyncLifetime
{
    private const string Claimed = "203.0.113.9";
    private readonly ProgrammeProducer _programme = new(TestTokens.NewPartnership(), new ProducerClock(DateTimeOffset.UtcNow));
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync(
            "audit-db",
            settings: new Dictionary<string, string> { ["Gateway:TrustedNetworks:0"] = "10.99.0.0/16" },
            configureServices: services => services.AddSingleton<IStartupFilter, PeerAddress>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_forwarded_address_is_believed_from_the_gateways_networks_and_from_nowhere_else()
    {
        var coordinator = _host.ClientFor(_programme.PartnershipId, Roles.Coordinator);
        _programme.CreateProgramme(2027);
        var scheduled = _programme.AuditScheduled(_programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.ChildInNeed));
        await _host.PublishAsync(_programme.Sent);
        await Eventually.Get(() => coordinator.GetAsync($"/api/audits/{scheduled.AuditId}"), r => r.StatusCode == HttpStatusCode.OK);

        await ReadAsync(coordinator, $"/api/audits/{scheduled.AuditId}", from: "10.99.0.5");
        await ReadAsync(coordinator, $"/api/audits/{scheduled.AuditId}/history", from: "192.0.2.10");
        var log = await (await coordinator.GetAsync($"/api/audits/access-log?recordId={scheduled.AuditId}")).ReadAsync<List<RecordRead>>();

        Assert.Contains(log, r => r.Kind == "audit" && r.From == Claimed);
        Assert.Equal("192.0.2.10", Assert.Single(log, r => r.Kind == "audit-history").From);
    }

    /// <summary>A read whose connection comes from <paramref name="from"/> and that claims to be for <see cref="Claimed"/>.</summary>
    private static async Task ReadAsync(HttpClient client, string path, string from)
    {
        var read = new HttpRequestMessage(HttpMethod.Get, path);
        read.Headers.Add("X-Forwarded-For", Claimed);
        read.Headers.Add(PeerAddress.Header, from);
        (await client.SendAsync(read)).EnsureSuccessStatusCode();
    }
}
