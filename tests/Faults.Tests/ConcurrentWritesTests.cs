using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using Safeguarding.EndToEnd.Tests;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Faults.Tests;

/// <summary>
/// A hundred writes to one record at once, through the gateway: half naming the version they read (If-Match), half not.
/// Each is applied or refused as a lost race (412 when it named a version, 409 otherwise), and the record's stream holds
/// exactly the applied ones: no write lost after its 2xx, none half-written.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class ConcurrentWritesTests(WholeSystem system)
{
    private const int Writers = 100;

    private sealed record IdDto(Guid Id);

    private sealed record ActionDto(Guid Id, long Version, IReadOnlyList<UpdateDto> Updates);

    private sealed record UpdateDto(string Note);

    [Fact]
    public async Task A_hundred_conflicting_writes_are_each_applied_or_refused_and_the_stream_holds_the_applied_ones()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var owner = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Owner", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        var dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90);
        var created = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new { what = "Refresh training", why = "Audit finding", ownerOrganisationId = owner, dueDate }),
            r => r.IsSuccessStatusCode,
            TimeSpan.FromSeconds(60));
        var action = await created.ReadAsync<ActionDto>();

        var statuses = new ConcurrentBag<(bool NamedVersion, int Status)>();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writing = Enumerable.Range(0, Writers).Select(async i =>
        {
            var writer = system.Gateway().WithToken(LocalTokenIssuer.Issue(TestTokens.Options, $"writer-{i}", partnership, [Roles.AgencyAuditor], owner.ToString()));
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/actions/{action.Id}/progress")
            {
                Content = JsonContent.Create(new { progress = "OnTrack", note = $"Update {i}" }),
            };
            if (i % 2 == 0)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{action.Version}\""));
            }

            await go.Task;
            using var response = await writer.SendAsync(request);
            statuses.Add((i % 2 == 0, (int)response.StatusCode));
        }).ToList();
        go.SetResult();
        await Task.WhenAll(writing);

        var applied = statuses.Count(s => s.Status is >= 200 and < 300);
        Assert.DoesNotContain(statuses, s => s.Status is < 200 or >= 300 && s.Status != (s.NamedVersion ? 412 : 409));
        Assert.InRange(applied, 1, Writers);
        Assert.InRange(statuses.Count(s => s.NamedVersion && s.Status is >= 200 and < 300), 0, 1);
        var final = await (await coordinator.GetAsync($"/api/actions/{action.Id}")).ReadAsync<ActionDto>();
        Assert.Equal((action.Version + applied, applied), (final.Version, final.Updates.Count));
        Assert.Equal(action.Version + applied, await StreamVersionAsync(action.Id));
        await File.AppendAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "faults.txt"),
            $"Fault: {Writers} writes to one action at once: {applied} applied, {statuses.Count(s => s.Status == 412)} refused 412, "
            + $"{statuses.Count(s => s.Status == 409)} refused 409; the stream holds the applied ones{Environment.NewLine}");
    }

    private async Task<long> StreamVersionAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync("learning-db"));
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("select version from mt_streams where id = @id", connection);
        version.Parameters.AddWithValue("id", id);
        return (long)(await version.ExecuteScalarAsync())!;
    }
}
