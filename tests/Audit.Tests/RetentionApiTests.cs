using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Retention;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>Retention on a clock the test moves: a cancelled audit's cases kept their period, then listed, confirmed and erased.</summary>
public sealed class RetentionApiTests : IAsyncLifetime
{
    private const string Words = "Outreach stopped when the family moved across the border";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ServiceHost<Program> _host = null!;
    private AuditJourney _journey = null!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost<Program>.StartAsync("audit-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock));
        _journey = new AuditJourney(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cases_past_their_period_are_listed_and_erased_once_the_coordinator_confirms_them()
    {
        await _journey.ToReturnsOpenAsync();
        var body = CompleteReturns.For(BuiltInTools.ExploitationExemplar, "good", Words);
        (await _journey.SubmitAsync(_journey.AuditorOf(_journey.Police), _journey.Police, "SH-2027-003", body)).EnsureSuccessStatusCode();
        (await _journey.PostAsync("cancel", new { reason = "Merged with the next audit." })).EnsureSuccessStatusCode();
        var coordinator = _journey.Coordinator;
        Assert.Empty(await (await coordinator.GetAsync("/api/audits/retention/due")).ReadAsync<List<DueCase>>());

        _clock.Advance(TimeSpan.FromDays((366 * 6) + 2));
        var due = await (await coordinator.GetAsync("/api/audits/retention/due")).ReadAsync<List<DueCase>>();
        Assert.Equal(["SH-2027-001", "SH-2027-002", "SH-2027-003", "SH-2027-004"], due.Select(d => d.CaseKey));
        var started = await (await coordinator.PostJsonAsync("/api/audits/retention/erasures", new { caseKeys = due.Select(d => d.CaseKey) })).ReadAsync<List<CaseErasureRequest>>();
        Assert.Equal(4, started.Count);

        // Other tests' Audit hosts share the broker and confirm too (holding nothing of this partnership): an empty list of
        // cases due, each case now known by its erasure's key, says this host's erasures are done.
        await Eventually.Get(async () => await (await coordinator.GetAsync("/api/audits/retention/due")).ReadAsync<List<DueCase>>(), list => list.Count == 0, TimeSpan.FromSeconds(20));
        Assert.Empty(await DatabaseScan.TablesHoldingAsync(_host.DatabaseConnectionString, Words, _journey.Partnership));
        var erasures = await (await coordinator.GetAsync("/api/audits/case-erasures")).ReadAsync<List<CaseErasureRequest>>();
        Assert.Equal(started.Select(e => e.Id).Order(), erasures.Select(e => e.Id).Order());
        var again = await (await coordinator.PostJsonAsync("/api/audits/retention/erasures", new { caseKeys = new[] { "SH-2027-003" } })).ReadProblemAsync(400);
        Assert.Equal(["caseKeys[0]"], again.Errors.Keys);
    }

    [Fact]
    public async Task The_daily_check_tells_the_coordinator_once_when_cases_pass_their_period_and_again_after_the_periods_change()
    {
        var tap = await ExchangeTap<RecordsPastRetention>.DeclareAsync(_host.RabbitMq.AmqpUri);
        await _journey.ToReturnsOpenAsync();
        (await _journey.PostAsync("cancel", new { reason = "Merged with the next audit." })).EnsureSuccessStatusCode();
        Task<RecordsPastRetention> ToldAsync() =>
            tap.TakeAsync(
                m => m.PartnershipId == _journey.Partnership && m.Kind == RecordKind.AuditCaseMaterial, TimeSpan.FromSeconds(30), () => "The retention check told nobody.");

        // The check's own timer runs on the moved clock, as it would the next morning.
        _clock.Advance(TimeSpan.FromDays((366 * 6) + 2));
        var told = await ToldAsync();
        Assert.Equal((RecordKind.AuditCaseMaterial, 4), (told.Kind, told.Records));
        Assert.Equal(0, await _host.Services.GetRequiredService<CaseRetentionCheck>().CheckAsync(default));

        (await _journey.Coordinator.PutJsonAsync("/api/audits/retention", new { periods = new[] { new { kind = "AuditCaseMaterial", years = 5 } } })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(4, (await ToldAsync()).Records);
    }

    [Fact]
    public async Task The_coordinator_sets_the_periods_the_data_protection_officer_reads_them_and_neither_reads_the_other_s_part()
    {
        var coordinator = _journey.Coordinator;
        var dpo = _host.ClientFor(_journey.Partnership, Roles.DataProtectionOfficer);

        var set = await (await coordinator.PutJsonAsync("/api/audits/retention", new { periods = new[] { new { kind = "AuditCaseMaterial", years = 3 } } })).ReadAsync<List<KeptFor>>();
        Assert.Equal(new KeptFor(RecordKind.AuditCaseMaterial, 3, false, 6), set.Single(k => k.Kind == RecordKind.AuditCaseMaterial));
        Assert.Equal(set, await (await dpo.GetAsync("/api/audits/retention")).ReadAsync<List<KeptFor>>());

        var problem = await (await coordinator.PutJsonAsync("/api/audits/retention", new { periods = new[] { new { kind = "Reviews", years = 0 } } })).ReadProblemAsync(400);
        Assert.Equal(["periods[0].years"], problem.Errors.Keys);
        await (await dpo.PutJsonAsync("/api/audits/retention", new { periods = Array.Empty<object>() })).ReadProblemAsync(403);
        await (await dpo.GetAsync("/api/audits/retention/due")).ReadProblemAsync(403);
        await (await dpo.PostJsonAsync("/api/audits/retention/erasures", new { caseKeys = new[] { "SH-2027-003" } })).ReadProblemAsync(403);
    }
}
