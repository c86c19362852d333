using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Learning.Actions;
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
        Assert.Equal(
            [(RecordKind.Reviews, 0), (RecordKind.Actions, 0), (RecordKind.Training, 0), (RecordKind.AccessLogs, 0)],
            (await DueAsync()).Select(d => (d.Kind, d.Records)));

        _clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var due = await AccessLogDueAsync();
        Assert.Equal(new DueRecords(RecordKind.AccessLogs, 1, today.AddYears(-2), 2), due);

        var tooRecent = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = today })).ReadProblemAsync(400);
        var notKept = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "Notifications", before = due.Before })).ReadProblemAsync(400);
        var noDay = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs" })).ReadProblemAsync(400);
        Assert.Equal([["before"], ["kind"], ["before"]], new[] { tooRecent, notKept, noDay }.Select(p => p.Errors.Keys.ToList()));
        var dpo = _host.ClientFor(_partnership, Roles.DataProtectionOfficer);
        await (await dpo.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before })).ReadProblemAsync(403);
        Assert.Equal(due, await AccessLogDueAsync());

        var erased = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before })).ReadAsync<RecordsErasedPastRetention>();
        Assert.Equal((RecordKind.AccessLogs, 1, due.Before), (erased.Kind, erased.Records, erased.Before));
        Assert.Equal(0, (await AccessLogDueAsync()).Records);
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(_host.DatabaseConnectionString, _reader, _partnership));
        var recorded = Assert.Single(await (await dpo.GetAsync(Erasures)).ReadAsync<List<RecordsErasedPastRetention>>());
        Assert.Equal((erased.Records, erased.Before, erased.At), (recorded.Records, recorded.Before, recorded.At));
    }

    [Fact]
    public async Task The_daily_check_tells_the_coordinator_once_while_records_wait_and_again_once_they_were_erased_and_more_pass_their_period()
    {
        var tap = await ExchangeTap<RecordsPastRetention>.DeclareAsync(_host.RabbitMq.AmqpUri);
        Task<RecordsPastRetention> ToldAsync() =>
            tap.TakeAsync(m => m.PartnershipId == _partnership, TimeSpan.FromSeconds(30), () => "The retention check told nobody.");
        var check = _host.Services.GetRequiredService<RecordsPastRetentionCheck>();
        await ReadReviewsAsync();

        // The check's own timer runs on the moved clock, as it would the next morning.
        _clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        var told = await ToldAsync();
        Assert.Equal((RecordKind.AccessLogs, 1), (told.Kind, told.Records));
        await Eventually.Get(NoticesAsync, notices => notices == 1, TimeSpan.FromSeconds(20));
        await ReadReviewsAsync();
        Assert.Equal(0, await check.CheckAsync(default));

        var due = await AccessLogDueAsync();
        (await Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        var again = await ToldAsync();
        Assert.Equal((RecordKind.AccessLogs, 1), (again.Kind, again.Records));
    }

    [Fact]
    public async Task A_line_confirmed_by_several_people_at_once_is_erased_and_recorded_once_and_a_later_confirmation_finds_nothing()
    {
        await ReadReviewsAsync();
        _clock.Advance(TimeSpan.FromDays((366 * 2) + 2));
        var due = await AccessLogDueAsync();
        Task<HttpResponseMessage> ConfirmAsync() => Coordinator.PostJsonAsync(Erasures, new { kind = "AccessLogs", before = due.Before });

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConfirmAsync()));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.BadRequest }));
        var recorded = Assert.Single(await (await Coordinator.GetAsync(Erasures)).ReadAsync<List<RecordsErasedPastRetention>>());
        Assert.Equal(1, recorded.Records);
        Assert.Equal(["before"], (await (await ConfirmAsync()).ReadProblemAsync(400)).Errors.Keys);
    }

    [Fact]
    public async Task The_periods_the_coordinator_sets_in_Audit_decide_what_every_other_service_lists()
    {
        await ReadReviewsAsync();
        _clock.Advance(TimeSpan.FromDays(366 + 2));
        var byDefault = await AccessLogDueAsync();
        Assert.Equal((2, 0), (byDefault.KeptYears, byDefault.Records));

        var audit = new ErasureProducer(_partnership, new ProducerClock(_clock.GetUtcNow()));
        await _host.PublishAsync(audit.SetPeriods((RecordKind.AccessLogs, 1)));

        var due = await Eventually.Get(AccessLogDueAsync, kept => kept.KeptYears == 1, TimeSpan.FromSeconds(20));
        Assert.Equal((1, 1), (due.KeptYears, due.Records));
    }

    [Fact]
    public async Task A_closed_action_past_the_period_goes_with_its_history_and_an_open_one_stays_however_old()
    {
        var programme = ProgrammeProducer.WithDirectory(_partnership, ("Health visiting", OrganisationKind.RelevantAgency));
        var owner = programme.Registered("Health visiting", OrganisationKind.RelevantAgency);
        await _host.PublishAsync(programme.Sent);
        var action = new
        {
            what = "Refresh neglect training for health visitors",
            why = "Neglect audit: chronologies missing",
            ownerOrganisationId = owner,
            dueDate = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(60),
        };
        var closed = await (await Eventually.Get(() => Coordinator.PostJsonAsync("/api/actions", action), r => r.StatusCode != HttpStatusCode.BadRequest)).ReadAsync<ImprovementAction>();
        var open = await (await Coordinator.PostJsonAsync("/api/actions", action)).ReadAsync<ImprovementAction>();
        var agency = _host.ClientFor(_partnership, Roles.AgencyAuditor, owner.ToString());
        (await agency.PostJsonAsync($"/api/actions/{closed.Id}/progress", new { progress = "Completed", note = "Training delivered to every team." })).EnsureSuccessStatusCode();
        const string Impact = "Dip sample: chronologies present in eleven of twelve records";
        (await Coordinator.PostJsonAsync($"/api/actions/{closed.Id}/close", new { evidenceOfImpact = Impact })).EnsureSuccessStatusCode();

        _clock.Advance(TimeSpan.FromDays((366 * 6) + 2));
        var due = (await DueAsync()).Single(d => d.Kind == RecordKind.Actions);
        Assert.Equal((1, 6), (due.Records, due.KeptYears));
        var erased = await (await Coordinator.PostJsonAsync(Erasures, new { kind = "Actions", before = due.Before })).ReadAsync<RecordsErasedPastRetention>();

        Assert.Equal(1, erased.Records);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.GetAsync($"/api/actions/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.GetAsync($"/api/actions/{open.Id}")).StatusCode);
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(_host.DatabaseConnectionString, Impact, _partnership));
    }

    [Fact]
    public async Task A_review_past_its_period_goes_with_its_whole_history()
    {
        const string Summary = "Found alone at the canal after dark by a patrol";
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var review = await (await Coordinator.PostJsonAsync(
            "/api/reviews/serious-incidents", new { caseReference = "SH-2026-101", theme = "Neglect", summary = Summary, awareOn = today.AddDays(-3) }))
            .ReadAsync<Reviews.Review>();

        // A partnership that keeps reviews for a year, so the clock need not move thirty-five years of working days.
        await _host.PublishAsync(new ErasureProducer(_partnership, new ProducerClock(_clock.GetUtcNow())).SetPeriods((RecordKind.Reviews, 1)));
        _clock.Advance(TimeSpan.FromDays(366 + 2));
        var due = await Eventually.Get(async () => (await DueAsync()).Single(d => d.Kind == RecordKind.Reviews), d => d.KeptYears == 1, TimeSpan.FromSeconds(20));
        Assert.Equal(1, due.Records);
        (await Coordinator.PostJsonAsync(Erasures, new { kind = "Reviews", before = due.Before })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.GetAsync($"/api/reviews/{review.Id}")).StatusCode);
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(_host.DatabaseConnectionString, Summary, _partnership));
    }

    /// <summary>A read the access log keeps, by a reader who does nothing else, so nothing else names them.</summary>
    private async Task ReadReviewsAsync() => (await _host.ClientFor(_partnership, Roles.Coordinator, email: _reader).GetAsync("/api/reviews")).EnsureSuccessStatusCode();

    /// <summary>How many times the partnership's coordinator was told, as the check wrote it down.</summary>
    private async Task<int> NoticesAsync()
    {
        await using var session = _host.Services.GetRequiredService<IDocumentStore>().QuerySession(_partnership);
        return await session.Events.QueryRawEventDataOnly<RecordsFoundPastRetention>().CountAsync();
    }

    private async Task<DueRecords> AccessLogDueAsync() => (await DueAsync()).Single(d => d.Kind == RecordKind.AccessLogs);

    private async Task<List<DueRecords>> DueAsync() => await (await Coordinator.GetAsync("/api/reviews/retention/records-due")).ReadAsync<List<DueRecords>>();
}
