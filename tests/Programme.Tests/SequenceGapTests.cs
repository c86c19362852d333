using Npgsql;
using Safeguarding.Contracts.Programme;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

/// <summary>
/// A crash, or a client that vanished mid-append, can leave a transaction open on an event sequence number it took and
/// never used. The gap holds the async daemon, and with it the outbox, for a minute at most: then everything committed
/// after it is published. (Marten's default waits for as long as the transaction stays open: found by the fault suite,
/// where every projection and the outbox stood still for five minutes after PostgreSQL restarted.)
/// </summary>
public sealed class SequenceGapTests : IAsyncLifetime
{
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost<Program>.StartAsync("programme-db");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_transaction_holding_a_sequence_number_open_holds_the_outbox_for_a_minute_at_most()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = _host.ClientFor(partnership, Roles.Coordinator);
        var tap = await ExchangeTap<OrganisationRegistered>.DeclareAsync(_host.RabbitMq.AmqpUri);
        var first = await RegisterAsync(coordinator, "Before the gap");
        await tap.TakeAsync(m => m.OrganisationId == first, TimeSpan.FromMinutes(1), () => "The outbox published nothing before the gap.");

        await using var holder = new NpgsqlConnection((await SharedServers.Postgres).ConnectionString(_host.DatabaseName));
        await holder.OpenAsync();
        await using var open = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("select nextval('mt_events_sequence')", holder, open))
        {
            await take.ExecuteScalarAsync();
        }

        var after = await RegisterAsync(coordinator, "After the gap");
        await tap.TakeAsync(m => m.OrganisationId == after, TimeSpan.FromMinutes(3), () => "The outbox stayed behind the gap.");

        // Published while the transaction that made the gap was still open, and so while the gap was still live.
        await using var stillOpen = new NpgsqlCommand("select 1", holder, open);
        Assert.Equal(1, await stillOpen.ExecuteScalarAsync());
    }

    private static async Task<Guid> RegisterAsync(HttpClient coordinator, string name) =>
        (await (await coordinator.PostJsonAsync("/api/organisations", new { name, kind = "RelevantAgency" })).ReadAsync<Registered>()).Id;

    private sealed record Registered(Guid Id);
}
