using Npgsql;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Overview;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// A message that arrives while Reporting's database restarts waits for the database, however long the quick retries
/// last: here the database answers "starting up" (57P03) to the partnership's writes, as PostgreSQL does while it
/// recovers, until it has refused the message for longer than the quick retries last (CI run 42's fault suite: messages
/// from the first seconds of a PostgreSQL restart went to the error queues, and the figures stayed short).
/// </summary>
[Collection(nameof(ReportingServiceCollection))]
public class DatabaseStartingUpTests(ReportingService service)
{
    /// <summary>
    /// The quick retries (five, 0.1 s to 3.1 s apart, each attempt with Marten's own retries) are spent within about ten
    /// seconds of the first refusal (9.9 s here, with the retry filters nested the wrong way round).
    /// </summary>
    private static readonly TimeSpan BeyondQuickRetries = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_message_that_arrives_while_the_database_starts_up_waits_for_it_and_is_counted_once()
    {
        var partnership = TestTokens.NewPartnership();
        var fault = $"starting_{partnership.Replace('-', '_')}";
        await SqlAsync(
            $"create sequence {fault}_first; create sequence {fault}_last; "
            + $"create function {fault}() returns trigger language plpgsql as $$ declare now_ms bigint := (extract(epoch from clock_timestamp()) * 1000)::bigint; begin "
            + $"if not (select is_called from {fault}_first) then perform setval('{fault}_first', now_ms); end if; perform setval('{fault}_last', now_ms); "
            + "raise exception using errcode = '57P03', message = 'the database system is starting up'; end $$; "
            + $"create trigger {fault} before insert on mt_events for each row when (new.tenant_id = '{partnership}') execute function {fault}();");
        var programme = new ProgrammeProducer(partnership, new ProducerClock(DateTimeOffset.UtcNow));
        programme.Register("Cafcass", OrganisationKind.RelevantAgency);

        await service.Host.PublishAsync(programme.Sent);

        // Sequences keep the first and the latest refusal's time: unlike a row, they are not rolled back with the refused write.
        await Eventually.Get(() => RefusingForAsync(fault), refusing => refusing >= BeyondQuickRetries, TimeSpan.FromMinutes(1));
        await SqlAsync($"drop trigger {fault} on mt_events; drop function {fault}();");

        var overview = await Eventually.Get(() => OverviewAsync(partnership), o => o.Organisations >= 1, TimeSpan.FromMinutes(1));
        Assert.Equal(1, overview.Organisations);
    }

    private async Task<PartnershipOverview> OverviewAsync(string partnership) =>
        await (await service.Host.ClientFor(partnership, Roles.BoardReader).GetAsync("/api/reports/overview")).ReadAsync<PartnershipOverview>();

    /// <summary>How long from the first refusal to the latest.</summary>
    private async Task<TimeSpan> RefusingForAsync(string fault)
    {
        await using var connection = await OpenAsync();
        await using var read = new NpgsqlCommand(
            $"select case when f.is_called then l.last_value - f.last_value else 0 end from {fault}_first f, {fault}_last l", connection);
        return TimeSpan.FromMilliseconds((long)(await read.ExecuteScalarAsync())!);
    }

    private async Task SqlAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection((await SharedServers.Postgres).ConnectionString(service.Host.DatabaseName));
        await connection.OpenAsync();
        return connection;
    }
}
