using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Evidence;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Tests;

/// <summary>Whole cycles on a clock the test moves: launch to close for three agencies, and three schools' Section 175 returns.</summary>
public sealed class WholeCycleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly ProgrammeProducer _programme = new(TestTokens.NewPartnership(), new ProducerClock(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero)));
    private ServiceHost<Program> _host = null!;

    private HttpClient Coordinator => _host.ClientFor(Partnership, Roles.Coordinator);

    private HttpClient AuditorOf(Guid organisation) => _host.ClientFor(Partnership, Roles.AgencyAuditor, organisation.ToString());

    private readonly string _evidenceRoot = Directory.CreateTempSubdirectory("sg-test-evidence-").FullName;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync("section11-db", configureServices: services => services
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IEvidenceFileStore>(new FileSystemEvidenceFileStore(_evidenceRoot)));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_evidenceRoot, recursive: true);
    }

    private int StoredFiles => Directory.EnumerateFiles(_evidenceRoot, "*", SearchOption.AllDirectories).Count();

    private string Partnership => _programme.PartnershipId;

    private Guid Agency(string name) => _programme.Registered(name, OrganisationKind.StatutoryPartner);

    /// <summary>Programme's directory as it stands is announced, then the cycle opened and the organisations invited.</summary>
    private async Task<Section11Cycle> LaunchedAsync(string path, DateOnly deadline, IReadOnlyList<Guid> organisations)
    {
        await _host.PublishAsync(_programme.Sent);

        var cycle = await (await Coordinator.PostJsonAsync(path, new { year = 2027, deadline })).ReadAsync<Section11Cycle>();
        var invited = await Eventually.Get(
            () => Coordinator.PostJsonAsync($"{path}/{cycle.Id}/invitations", new { organisationIds = organisations }), r => r.StatusCode == HttpStatusCode.OK);
        return await invited.ReadAsync<Section11Cycle>();
    }

    private static MultipartFormDataContent FileForm(byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task AnswerEveryIndicatorAsync(HttpClient client, string assessment, Section11Cycle cycle, string score)
    {
        foreach (var indicator in cycle.Framework.Indicators)
        {
            (await client.PutJsonAsync($"{assessment}/indicators/{indicator.Number}", new { score, narrative = "In place." })).EnsureSuccessStatusCode();
        }
    }

    private static async Task<Assessment> AssessmentAsync(HttpClient client, string assessment) => await (await client.GetAsync(assessment)).ReadAsync<Assessment>();

    [Fact]
    public async Task A_Section_11_cycle_runs_from_launch_to_close_for_three_agencies()
    {
        await using var reminders = await BusProbe<Integration.ReturnReminderDue>.StartAsync(_host.RabbitMq.AmqpUri);
        await using var actions = await BusProbe<Integration.ActionRaised>.StartAsync(_host.RabbitMq.AmqpUri);
        await using var closedProbe = await BusProbe<Integration.CycleClosed>.StartAsync(_host.RabbitMq.AmqpUri);
        Guid police = Agency("Merseyside Police"), health = Agency("NHS Cheshire and Merseyside"), probation = Agency("Probation Service");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police, health, probation]);
        string Of(Guid organisation) => $"/api/section11/cycles/{cycle.Id}/assessments/{organisation}";

        // Two agencies answer with evidence; the police attach a file to theirs.
        foreach (var agency in new[] { police, health })
        {
            await AnswerEveryIndicatorAsync(AuditorOf(agency), Of(agency), cycle, "3");
            var withEvidence = await (await AuditorOf(agency).PostJsonAsync($"{Of(agency)}/evidence", new { indicator = "5.2", title = "Training matrix", appliesOn = "2026-12-31" })).ReadAsync<Assessment>();
            Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(withEvidence.Evidence).AppliesOn);
        }

        var evidence = (await AssessmentAsync(AuditorOf(police), Of(police))).Evidence[0];
        var pdf = "%PDF-1.7\n% training matrix\n"u8.ToArray();
        (await AuditorOf(police).PutAsync($"{Of(police)}/evidence/{evidence.EvidenceId}/file", FileForm(pdf, "training-matrix.pdf", "application/pdf"))).EnsureSuccessStatusCode();
        await (await AuditorOf(police).PostJsonAsync($"{Of(police)}/actions", new { indicator = "5.2", what = "Chase overdue training.", owner = "Training lead", dueDate = "2027-06-30" })).ReadAsync<Assessment>();

        // Near the deadline, the service reminds everyone outstanding; after it, the one that never returned.
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await _host.Services.GetRequiredService<ReturnRemindersCheck>().CheckAsync(default);
        foreach (var agency in new[] { police, health })
        {
            (await AuditorOf(agency).PostJsonAsync($"{Of(agency)}/submit", new { })).EnsureSuccessStatusCode();
        }

        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.Zero));
        await _host.Services.GetRequiredService<ReturnRemindersCheck>().CheckAsync(default);
        await _host.Services.GetRequiredService<ReturnRemindersCheck>().CheckAsync(default);
        await (await AuditorOf(probation).PostJsonAsync($"{Of(probation)}/non-return", new { reason = "Our safeguarding lead post is vacant." })).ReadAsync<Assessment>();
        var returns = await (await Coordinator.GetAsync($"/api/section11/cycles/{cycle.Id}/returns")).ReadAsync<List<ReturnStatus>>();
        Assert.Equal([ReturnState.Submitted, ReturnState.Submitted, ReturnState.Overdue], returns.Select(r => r.State));
        Assert.Equal((2, "Our safeguarding lead post is vacant."), (returns[2].Reminders, returns[2].NonReturnReason));
        var overdue = await reminders.WaitForAsync(m => m.OrganisationId == probation && m.Overdue, TimeSpan.FromSeconds(20));
        Assert.Equal(new DateOnly(2027, 3, 31), overdue.Message.Deadline);
        (await Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/reminders", new { organisationIds = new[] { probation } })).EnsureSuccessStatusCode();
        await (await Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/reminders", new { organisationIds = new[] { police } })).ReadProblemAsync(400);

        // Scrutiny: a challenge answered, one score moderated down, feedback, an agreed plan followed up.
        var challenged = await (await Coordinator.PostJsonAsync($"{Of(police)}/challenges", new { indicator = "5.2", question = "What share of staff are in date?" })).ReadAsync<Assessment>();
        await AuditorOf(police).PostJsonAsync($"{Of(police)}/challenges/{challenged.Challenges[0].ChallengeId}/answer", new { answer = "61%." });
        await Coordinator.PostJsonAsync($"{Of(police)}/moderation", new { indicator = "5.2", score = "1", rationale = "61% is well below the 90% expected." });
        foreach (var agency in new[] { police, health })
        {
            (await Coordinator.PostJsonAsync($"{Of(agency)}/feedback", new { summary = "Thank you; see the moderated scores." })).EnsureSuccessStatusCode();
            (await Coordinator.PostJsonAsync($"{Of(agency)}/action-plan/agree", new { })).EnsureSuccessStatusCode();
        }

        var plan = await AssessmentAsync(Coordinator, Of(police));
        await (await Coordinator.PostJsonAsync($"{Of(police)}/actions/{plan.Actions[0].ActionId}/follow-ups", new { progress = "Completed", note = "93% in date." })).ReadAsync<Assessment>();
        var closed = await (await Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle.Id}/close", new { })).ReadAsync<Section11Cycle>();

        var police2027 = await AssessmentAsync(AuditorOf(police), Of(police));
        Assert.Equal((AssessmentStatus.ActionPlanAgreed, "3", "1"), (police2027.Status, police2027.Answers.Single(a => a.Indicator == "5.2").Score, police2027.Moderated.Single().Score));
        Assert.Equal(FollowUpProgress.Completed, police2027.Actions[0].Progress);
        Assert.Equal((CycleStage.Closed, probation), (closed.Stage, Assert.Single(closed.NotReturned)));
        Assert.Equal("5.2", (await actions.WaitForAsync(m => m.OrganisationId == police, TimeSpan.FromSeconds(20))).Message.Indicator?.Value);
        Assert.Equal(2, (await closedProbe.WaitForAsync(m => m.CycleId == cycle.Id, TimeSpan.FromSeconds(20))).Message.Returned);
        await (await AuditorOf(health).PostJsonAsync($"{Of(health)}/actions", new { what = "Late idea", owner = "Lead", dueDate = "2027-09-30" })).ReadProblemAsync(409);
    }

    [Fact]
    public async Task An_evidence_file_is_checked_against_its_type_and_readable_only_by_those_who_can_read_its_assessment()
    {
        Guid police = Agency("Merseyside Police"), health = Agency("NHS Cheshire and Merseyside");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police, health]);
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{police}";
        var added = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = "2026-11-30" })).ReadAsync<Assessment>();
        var file = $"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file";

        var disguised = await (await AuditorOf(police).PutAsync(file, FileForm("MZ not a pdf"u8.ToArray(), "minutes.pdf", "application/pdf"))).ReadProblemAsync(400);
        var unsupported = await (await AuditorOf(police).PutAsync(file, FileForm([1, 2, 3], "minutes.exe", "application/x-msdownload"))).ReadProblemAsync(400);
        var undated = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Undated" })).ReadProblemAsync(400);
        Assert.All([disguised, unsupported], p => Assert.Equal(["file"], p.Errors.Keys));
        Assert.Equal(["appliesOn"], undated.Errors.Keys);
        Assert.Single((await AssessmentAsync(AuditorOf(police), assessment)).Evidence);

        var text = "Board minutes, November 2026: safeguarding is a standing item."u8.ToArray();
        (await AuditorOf(police).PutAsync(file, FileForm(text, "minutes.txt", "text/plain"))).EnsureSuccessStatusCode();
        var own = await AuditorOf(police).GetAsync(file);
        Assert.Equal((HttpStatusCode.OK, "text/plain"), (own.StatusCode, own.Content.Headers.ContentType?.MediaType));
        Assert.Equal(text, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.GetAsync(file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AuditorOf(health).GetAsync(file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.ClientFor(Partnership, Roles.PanelMember).GetAsync(file)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync(file)).StatusCode);
        await (await AuditorOf(health).PutAsync(file, FileForm(text, "minutes.txt", "text/plain"))).ReadProblemAsync(403);
    }

    [Fact]
    public async Task A_JSON_body_over_a_megabyte_is_refused_unread_while_an_upload_may_be_larger()
    {
        Guid police = Agency("Merseyside Police");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police]);
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{police}";
        var oversized = new StringContent(
            $$"""{"indicator":"1.1","title":"Minutes","description":"{{new string('x', 1_100_000)}}","appliesOn":"2026-11-30"}""", Encoding.UTF8, "application/json");

        var refused = await (await AuditorOf(police).PostAsync($"{assessment}/evidence", oversized)).ReadProblemAsync(413);

        Assert.Equal("The request is too large.", refused.Title);
        Assert.Empty((await AssessmentAsync(AuditorOf(police), assessment)).Evidence);
        var added = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Training register", appliesOn = "2026-11-30" })).ReadAsync<Assessment>();
        var register = FileForm([.. Enumerable.Repeat((byte)'a', 3 * 1024 * 1024)], "register.txt", "text/plain");
        (await AuditorOf(police).PutAsync($"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file", register)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_upload_that_is_refused_stores_nothing()
    {
        Guid police = Agency("Merseyside Police"), health = Agency("NHS Cheshire and Merseyside");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police, health]);
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{police}";
        var added = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = "2026-11-30" })).ReadAsync<Assessment>();
        var minutes = FileForm("Board minutes, November 2026."u8.ToArray(), "minutes.txt", "text/plain");

        await (await AuditorOf(health).PutAsync($"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file", minutes)).ReadProblemAsync(403);
        await (await AuditorOf(police).PutAsync($"{assessment}/evidence/{Guid.NewGuid()}/file", minutes)).ReadProblemAsync(400);
        await (await _host.ClientFor(TestTokens.NewPartnership(), Roles.AgencyAuditor, police.ToString()).PutAsync($"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file", minutes))
            .ReadProblemAsync(404);
        Assert.Equal(0, StoredFiles);

        (await AuditorOf(police).PutAsync($"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file", minutes)).EnsureSuccessStatusCode();
        Assert.Equal(1, StoredFiles);
    }

    /// <summary>Finding: a file stored by a request that then failed stayed on disk for ever (orphans, disk exhaustion).</summary>
    [Fact]
    public async Task A_file_no_event_names_is_swept_away_once_old_enough_and_every_named_file_stays()
    {
        Guid police = Agency("Merseyside Police");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police]);
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{police}";
        var added = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = "2026-11-30" })).ReadAsync<Assessment>();
        var file = $"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file";
        (await AuditorOf(police).PutAsync(file, FileForm("Minutes"u8.ToArray(), "minutes.txt", "text/plain"))).EnsureSuccessStatusCode();
        // What a request leaves when it fails between storing its file and appending its event.
        var files = _host.Services.GetRequiredService<IEvidenceFileStore>();
        var orphan = files.NewKey(Partnership);
        await files.SaveAsync(orphan, new MemoryStream("Left behind"u8.ToArray()), CancellationToken.None);

        // File times are the file system's, so the sweep here runs on the real clock, moved on only past the grace period.
        var now = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new UnreferencedEvidenceCheck(files, _host.Services.GetRequiredService<Marten.IDocumentStore>(), now, NullLogger<UnreferencedEvidenceCheck>.Instance);
        Assert.Equal(0, await sweep.CheckAsync(CancellationToken.None));
        Assert.Equal(2, StoredFiles);

        now.Advance(UnreferencedEvidenceCheck.GracePeriod + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sweep.CheckAsync(CancellationToken.None));
        Assert.Null(await files.OpenReadAsync(orphan, CancellationToken.None));
        Assert.Equal("Minutes"u8.ToArray(), await AuditorOf(police).GetByteArrayAsync(file));
    }

    [Fact]
    public async Task A_return_past_the_period_goes_with_its_cycle_and_then_its_evidence_file_once_the_coordinator_confirms()
    {
        Guid police = Agency("Merseyside Police");
        var cycle = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police]);
        var assessment = $"/api/section11/cycles/{cycle.Id}/assessments/{police}";
        var added = await (await AuditorOf(police).PostJsonAsync($"{assessment}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = "2026-11-30" })).ReadAsync<Assessment>();
        (await AuditorOf(police).PutAsync($"{assessment}/evidence/{added.Evidence[0].EvidenceId}/file", FileForm("Minutes"u8.ToArray(), "minutes.txt", "text/plain")))
            .EnsureSuccessStatusCode();

        // The 2027 return is kept six years from the end of 2027.
        _clock.SetUtcNow(new DateTimeOffset(2033, 12, 31, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await EvidenceDueAsync()).Records);
        _clock.SetUtcNow(new DateTimeOffset(2034, 1, 2, 9, 0, 0, TimeSpan.Zero));
        var due = await EvidenceDueAsync();
        Assert.Equal((2, new DateOnly(2028, 1, 2)), (due.Records, due.Before));
        var erased = await (await Coordinator.PostJsonAsync("/api/section11/retention/record-erasures", new { kind = "SelfAssessmentEvidence", before = due.Before }))
            .ReadAsync<EventSourcing.Retention.RecordsErasedPastRetention>();

        Assert.Equal(2, erased.Records);
        Assert.Equal(HttpStatusCode.NotFound, (await AuditorOf(police).GetAsync(assessment)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.GetAsync($"/api/section11/cycles/{cycle.Id}")).StatusCode);
        // File times are the file system's: the sweep, on the real clock moved past its grace period, finds the file no event names.
        var now = new FakeTimeProvider(DateTimeOffset.UtcNow + UnreferencedEvidenceCheck.GracePeriod + TimeSpan.FromMinutes(1));
        var files = _host.Services.GetRequiredService<IEvidenceFileStore>();
        await new UnreferencedEvidenceCheck(files, _host.Services.GetRequiredService<Marten.IDocumentStore>(), now, NullLogger<UnreferencedEvidenceCheck>.Instance)
            .CheckAsync(CancellationToken.None);
        Assert.Equal(0, StoredFiles);
    }

    private async Task<EventSourcing.Retention.DueRecords> EvidenceDueAsync() =>
        (await (await Coordinator.GetAsync("/api/section11/retention/records-due")).ReadAsync<List<EventSourcing.Retention.DueRecords>>())
            .Single(d => d.Kind == Contracts.Privacy.RecordKind.SelfAssessmentEvidence);

    [Fact]
    public async Task Three_schools_return_their_Section_175_audits_each_signed_off_by_head_teacher_and_governor()
    {
        Guid[] schools = [.. Enumerable.Range(1, 3).Select(i => _programme.Register($"Demo School {i}", OrganisationKind.School, SchoolPhase.Primary, SchoolType.Academy))];
        var cycle = await LaunchedAsync("/api/section175/cycles", new DateOnly(2027, 6, 30), schools);
        foreach (var school in schools)
        {
            var assessment = $"/api/section175/cycles/{cycle.Id}/assessments/{school}";
            await AnswerEveryIndicatorAsync(AuditorOf(school), assessment, cycle, "yes");
            await (await AuditorOf(school).PostJsonAsync($"{assessment}/submit", new { })).ReadProblemAsync(400);
            await AuditorOf(school).PostJsonAsync($"{assessment}/sign-off", new { role = "head-teacher", name = "Head teacher" });
            await AuditorOf(school).PostJsonAsync($"{assessment}/sign-off", new { role = "safeguarding-governor", name = "Safeguarding governor" });
            (await AuditorOf(school).PostJsonAsync($"{assessment}/submit", new { })).EnsureSuccessStatusCode();
            Assert.Equal(HttpStatusCode.NotFound, (await AuditorOf(schools.First(s => s != school)).GetAsync(assessment)).StatusCode);
        }

        var returns = await (await Coordinator.GetAsync($"/api/section175/cycles/{cycle.Id}/returns")).ReadAsync<List<ReturnStatus>>();
        Assert.All(returns, r => Assert.Equal(ReturnState.Submitted, r.State));
    }

    [Fact]
    public async Task Next_years_return_is_pre_filled_from_thisYears_answers_and_evidence_beside_last_years_moderated_scores()
    {
        var police = Agency("Merseyside Police");
        var cycle2027 = await LaunchedAsync("/api/section11/cycles", new DateOnly(2027, 3, 31), [police]);
        var thisYear = $"/api/section11/cycles/{cycle2027.Id}/assessments/{police}";
        await AnswerEveryIndicatorAsync(AuditorOf(police), thisYear, cycle2027, "2");
        var withEvidence = await (await AuditorOf(police).PostJsonAsync($"{thisYear}/evidence", new { indicator = "1.1", title = "Board minutes", appliesOn = "2026-12-01" })).ReadAsync<Assessment>();
        (await AuditorOf(police).PutAsync($"{thisYear}/evidence/{withEvidence.Evidence[0].EvidenceId}/file", FileForm("Minutes"u8.ToArray(), "minutes.txt", "text/plain"))).EnsureSuccessStatusCode();
        (await AuditorOf(police).PostJsonAsync($"{thisYear}/submit", new { })).EnsureSuccessStatusCode();
        (await Coordinator.PostJsonAsync($"{thisYear}/moderation", new { indicator = "1.1", score = "1", rationale = "Minutes show no safeguarding item." })).EnsureSuccessStatusCode();

        var cycle2028 = await (await Coordinator.PostJsonAsync("/api/section11/cycles", new { year = 2028, deadline = "2028-03-31" })).ReadAsync<Section11Cycle>();
        (await Coordinator.PostJsonAsync($"/api/section11/cycles/{cycle2028.Id}/invitations", new { organisationIds = new[] { police } })).EnsureSuccessStatusCode();
        var nextYear = $"/api/section11/cycles/{cycle2028.Id}/assessments/{police}";
        var prefilled = await AssessmentAsync(AuditorOf(police), nextYear);

        Assert.Equal(2027, prefilled.PrefilledFromYear);
        Assert.All(prefilled.Answers, a => Assert.True(a.CarriedForward));
        Assert.Equal(("2", "1"), (prefilled.LastYear.Single(l => l.Indicator == "1.1").SelfScore, prefilled.LastYear.Single(l => l.Indicator == "1.1").ModeratedScore));
        var carriedEvidence = Assert.Single(prefilled.Evidence);
        Assert.Equal(new DateOnly(2026, 12, 1), carriedEvidence.AppliesOn);
        Assert.Equal("Minutes"u8.ToArray(), await AuditorOf(police).GetByteArrayAsync($"{nextYear}/evidence/{carriedEvidence.EvidenceId}/file"));
        await (await AuditorOf(police).PostJsonAsync($"{nextYear}/submit", new { })).ReadProblemAsync(400);

        await AuditorOf(police).PutJsonAsync($"{nextYear}/indicators/1.1", new { score = "3", narrative = "Safeguarding is now a standing board item." });
        foreach (var indicator in cycle2028.Framework.Indicators.Where(i => i.Number != "1.1"))
        {
            (await AuditorOf(police).PostJsonAsync($"{nextYear}/indicators/{indicator.Number}/confirm", new { })).EnsureSuccessStatusCode();
        }

        var submitted = await (await AuditorOf(police).PostJsonAsync($"{nextYear}/submit", new { })).ReadAsync<Assessment>();
        Assert.Equal(("3", "2"), (submitted.Answers.Single(a => a.Indicator == "1.1").Score, submitted.Answers.Single(a => a.Indicator == "1.2").Score));
        await (await AuditorOf(police).PostJsonAsync($"{nextYear}/indicators/1.2/confirm", new { })).ReadProblemAsync(409);
    }
}
