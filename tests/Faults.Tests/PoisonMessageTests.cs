using Npgsql;
using Safeguarding.EndToEnd.Tests;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Faults.Tests;

/// <summary>
/// A message a consumer cannot process, whatever the retries: here Reporting's database refuses every write for one
/// partnership (a fault injected as a trigger, as a bad migration or a broken constraint would). The message goes to
/// Reporting's error queue after its retries, the operator sees it and the service reads Degraded; once the cause is
/// fixed, the operator replays it through the gateway and the partnership's figure counts it once.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class PoisonMessageTests(WholeSystem system)
{
    private const string Queue = "reporting-integration-event-inbox_error";

    private sealed record FailedQueuesDto(string Service, List<FailedQueueDto> Queues);

    private sealed record FailedQueueDto(string Queue, long Count, List<FailedMessageDto> Oldest);

    private sealed record FailedMessageDto(string? MessageId, string MessageType, string ExceptionType, string Reason, string FaultedAt);

    private sealed record ReplayedDto(int Replayed);

    private sealed record OverviewDto(int Organisations);

    [Fact]
    public async Task A_message_Reporting_cannot_process_waits_in_its_error_queue_and_once_fixed_is_replayed_and_counted_once()
    {
        var partnership = TestTokens.NewPartnership();
        var trigger = $"refuse_{partnership.Replace('-', '_')}";
        await ReportingSqlAsync(
            $"create function {trigger}() returns trigger language plpgsql as $$ begin raise exception 'injected fault for %', new.tenant_id; end $$;" +
            $"create trigger {trigger} before insert on mt_events for each row when (new.tenant_id = '{partnership}') execute function {trigger}();");
        var coordinator = system.Gateway(partnership);
        var operatorClient = await system.PlatformOperatorAsync();

        await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Poisoned Trust", kind = "RelevantAgency" })).ReadAsync<IdDto>();

        var failed = await Eventually.Get(
            () => FailedAsync(operatorClient, partnership), found => found is not null, TimeSpan.FromMinutes(2), every: TimeSpan.FromMilliseconds(500));
        Assert.Equal("safeguarding:programme:organisation-registered:v1", failed!.MessageType);
        Assert.Equal("Npgsql.PostgresException", failed.ExceptionType);
        Assert.Contains("Degraded", await system.HealthAsync("reporting"), StringComparison.Ordinal);
        Assert.Equal(0, await OrganisationsCountedAsync(partnership));

        await ReportingSqlAsync($"drop trigger {trigger} on mt_events; drop function {trigger}();");
        var replayed = await (await operatorClient.PostAsync("/api/operations/failed-messages/reporting/replay", null)).ReadAsync<ReplayedDto>();

        Assert.True(replayed.Replayed >= 1, $"Replayed {replayed.Replayed}.");
        Assert.Equal(1, await Eventually.Get(() => OrganisationsCountedAsync(partnership), n => n >= 1, TimeSpan.FromMinutes(1)));
        Assert.Null(await FailedAsync(operatorClient, partnership));
        await File.AppendAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "faults.txt"),
            $"Fault: a message Reporting could not process: in its error queue after its retries, Reporting Degraded; replayed after the fix "
            + $"({replayed.Replayed} replayed), counted once{Environment.NewLine}");
    }

    private static async Task<FailedMessageDto?> FailedAsync(HttpClient operatorClient, string partnership)
    {
        var failed = await (await operatorClient.GetAsync("/api/operations/failed-messages/reporting")).ReadAsync<FailedQueuesDto>();
        return failed.Queues.Where(q => q.Queue == Queue).SelectMany(q => q.Oldest).FirstOrDefault(m => m.Reason.Contains(partnership, StringComparison.Ordinal));
    }

    private async Task<int> OrganisationsCountedAsync(string partnership) =>
        (await (await system.Gateway(partnership, Roles.Admin).GetAsync("/api/reports/overview")).ReadAsync<OverviewDto>()).Organisations;

    private async Task ReportingSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync("reporting-db"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record IdDto(Guid Id);
}
