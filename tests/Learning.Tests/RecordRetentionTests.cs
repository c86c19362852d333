using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Learning.Tests;

/// <summary>
/// The records a service keeps by age (here Learning's access log, which every service keeps the same way), on a clock
/// the test moves: past the partnership's period they are listed, erased once the coordinator confirms, and the
/// erasure is recorded without them.
/// </summary>
public sealed class RecordRetentionTests : IAsyncLifetime
{
    private const string Erasures = "/api/reviews/retention/record-erasures";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string _partnership = TestTokens.NewPartnership();
    private readonly string _reader = $"reader-{Guid.NewGuid():N}@agency.example";
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync("learning-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Coordinator => _host.ClientFor(_partnership, Roles.Coordinator);

    [Fact]
    public async Task Access_log_entries_past_the_period_are_listed_then_erased_once_the_coordinator_confirms_and_the_erasure_is_recorded_without_them()
    {
        await ReadReviewsAsync();
        Assert.Equal(0, Assert.Single(await DueAsync()).Records);

        _clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var due = Assert.Single(await DueAsync());
        Assert.Equal(new DueRecords(RecordKind.AccessLogs, 1, today.AddYears(-2), 2), due);

        var tooRecent = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = today })).ReadProblemAsync(400);
        var notKept = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "Reviews", before = due.Before })).ReadProblemAsync(400);
        var noDay = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs" })).ReadProblemAsync(400);
        Assert.Equal([["before"], ["kind"], ["before"]], new[] { tooRecent, notKept, noDay }.Select(p => p.Errors.Keys.ToList()));
        var dpo = _host.ClientFor(_partnership, Roles.DataProtectionOfficer);
        await (await dpo.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before })).ReadProblemAsync(403);
        Assert.Equal(due, Assert.Single(await DueAsync()));

        var erased = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before })).ReadAsync<RecordsErasedPastRetention>();
        Assert.Equal((RecordKind.AccessLogs, 1, due.Before), (erased.Kind, erased.Records, erased.Before));
        Assert.Equal(0, Assert.Single(await DueAsync()).Records);
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(_host.DatabaseConnectionString, _reader, _partnership));
        var recorded = Assert.Single(await (await dpo.GetAsync(Erasures)).ReadAsync<List<RecordsErasedPastRetention>>());
        Assert.Equal((erased.Records, erased.Before, erased.At), (recorded.Records, recorded.Before, recorded.At));
    }

    [Fact]
    public async Task The_periods_the_coordinator_sets_in_Audit_decide_what_every_other_service_lists()
    {
        await ReadReviewsAsync();
        _clock.Advance(TimeSpan.FromDays(366 + 2));
        var byDefault = Assert.Single(await DueAsync());
        Assert.Equal((2, 0), (byDefault.KeptYears, byDefault.Records));

        var audit = new ErasureProducer(_partnership, new ProducerClock(_clock.GetUtcNow()));
        await _host.PublishAsync(audit.SetPeriods((RecordKind.AccessLogs, 1)));

        var due = Assert.Single(await Eventually.Get(DueAsync, list => list.Single().KeptYears == 1, TimeSpan.FromSeconds(20)));
        Assert.Equal((1, 1), (due.KeptYears, due.Records));
    }

    /// <summary>A read the access log keeps, by a reader who does nothing else, so nothing else names them.</summary>
    private async Task ReadReviewsAsync() => (await _host.ClientFor(_partnership, Roles.Coordinator, email: _reader).GetAsync("/api/reviews")).EnsureSuccessStatusCode();

    private async Task<List<DueRecords>> DueAsync() => await (await Coordinator.GetAsync("/api/reviews/retention/records-due")).ReadAsync<List<DueRecords>>();
}
