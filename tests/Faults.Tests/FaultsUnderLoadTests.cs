using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Npgsql;
using Safeguarding.EndToEnd.Tests;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Faults.Tests;

/// <summary>
/// A server or a service killed outright in the middle of a steady load of commands through the gateway, and started
/// again a few seconds later on the data the crash left; or the network between a service and one of its servers
/// slow, then stalled, then every connection across it reset. Every command is answered; once the system is quiet,
/// every accepted command's event is in its producer's stream once, every consumer has its effect of it once, and
/// Reporting counts each exactly once.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class FaultsUnderLoadTests(WholeSystem system)
{
    private const int Commands = 1_000;

    /// <summary>About 40 commands a second: the load runs before, through and after the 10 seconds without a broker.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(25);

    private const int KillAfter = 200;

    /// <summary>A link going bad is slow for a while before it stalls: this much later, for this many pieces of data.</summary>
    private static readonly TimeSpan SlowLink = TimeSpan.FromMilliseconds(100);

    private const int SlowPieces = 20;

    /// <summary>Each caller stays well under the gateway's 600 requests a minute per person.</summary>
    private const int CommandsPerCaller = 100;

    private sealed record IdDto(Guid Id);

    private sealed record Answer(string Kind, int Status, Guid? Id, bool RetryAfter);

    /// <summary>
    /// While PostgreSQL is down, a command cannot be saved: it is refused 503 with Retry-After (never 500), saves nothing,
    /// and the caller sends it again later. While Learning is down, the gateway cannot reach it for actions (502-504). A
    /// producer killed between a commit and its answer, or its publish, publishes the event when it is back (its forwarder
    /// resumes from its stored position). Every other part's absence is absorbed and every command is accepted: a consumer
    /// whose database stalls, or a service whose broker connection stalls, waits and tries again.
    /// </summary>
    [Theory]
    [InlineData("messaging", "RabbitMQ", 10)]
    [InlineData("postgres", "PostgreSQL (every service's database)", 10)]
    [InlineData("learning", "Learning (the actions' producer, between commits and publishes)", 5)]
    [InlineData("reporting", "Reporting (a consumer of every event)", 5)]
    [InlineData("audit", "Audit (a consumer of the directory)", 5)]
    [InlineData("programme", "Programme (a producer, with 50 or more events committed and not yet published)", 5)]
    [InlineData("reporting to database", "Reporting's link to its database slow, then stalled", 10)]
    [InlineData("reporting to messaging", "Reporting's link to RabbitMQ slow, then stalled", 10)]
    [InlineData("programme to messaging", "Programme's link to RabbitMQ slow, then stalled (its outbox's publishes)", 10)]
    public async Task A_fault_mid_load_loses_nothing_and_counts_nothing_twice(string resource, string what, int downSeconds)
    {
        Func<Answer, bool> refusable = resource switch
        {
            "postgres" => a => a.Status == (int)HttpStatusCode.ServiceUnavailable && a.RetryAfter,
            "learning" => a => a.Kind == "action" && a.Status is 502 or 503 or 504,
            "programme" => a => a.Kind == "organisation" && a.Status is 502 or 503 or 504,
            _ => _ => false,
        };
        system.Telemetry.WatchMetrics();
        var partnership = TestTokens.NewPartnership();
        var owner = await OwnerKnownToLearningAsync(partnership);
        var answers = new ConcurrentBag<Answer>();
        var sent = 0;
        var back = Stopwatch.StartNew();

        var load = SendLoadAsync(partnership, owner, answers, () => Interlocked.Increment(ref sent));
        await Eventually.Get(() => Task.FromResult(Volatile.Read(ref sent)), n => n >= KillAfter, TimeSpan.FromMinutes(1));
        var mend = await BreakAsync(resource);
        var down = Stopwatch.StartNew();
        TimeSpan downFor;
        int reset;
        try
        {
            await WhileBrokenAsync(resource, downSeconds, down);
        }
        finally
        {
            // Mended whatever happened meanwhile: a part left broken would fail every test after this one.
            downFor = down.Elapsed;
            reset = await mend();
        }

        back.Restart();

        // The test's own pooled connections died with the server, as every client's did.
        NpgsqlConnection.ClearAllPools();
        await load;

        Assert.Empty(answers.Where(a => (a.Status is < 200 or >= 300) && !refusable(a)).Select(a => $"{a.Kind}: {a.Status}"));
        var refused = answers.Count(a => (a.Status is < 200 or >= 300) && refusable(a));
        var organisations = answers.Where(a => a.Kind == "organisation" && a.Id is not null).Select(a => a.Id!.Value).Append(owner).ToArray();
        var actions = answers.Where(a => a.Kind == "action" && a.Id is not null).Select(a => a.Id!.Value).ToArray();
        Assert.Equal(Commands, organisations.Length - 1 + actions.Length + refused);

        // Each producer stream holds each accepted command's event once. A refused command saved nothing, unless its
        // producer died after the commit and before the answer: that event counts like any other.
        Assert.Equal((organisations.Length, organisations.Length), await EventsAsync("programme-db", "organisation_registered", organisations));
        Assert.Equal((actions.Length, actions.Length), await EventsAsync("learning-db", "action_created", actions));
        var organisationEvents = await PartnershipEventsAsync("programme-db", "organisation_registered", partnership);
        var actionEvents = await PartnershipEventsAsync("learning-db", "action_created", partnership);
        Assert.InRange(organisationEvents - organisations.Length, 0, resource == "programme" ? refused : 0);
        Assert.InRange(actionEvents - actions.Length, 0, resource == "learning" ? refused : 0);

        // Every consumer gets there, and no figure counts anything twice: each reading is equal to the count, never above it.
        var expected = new Consumed((int)organisationEvents, (int)actionEvents, organisationEvents, organisationEvents, organisationEvents, organisationEvents);
        Consumed settled;
        try
        {
            settled = await Eventually.Get(
                () => ConsumedAsync(partnership), counts => counts == expected || counts.Exceeds(expected), TimeSpan.FromMinutes(5), every: TimeSpan.FromMilliseconds(500));
        }
        catch (TimeoutException stalled)
        {
            // Whether the producers never published (their daemons' positions), or a consumer never took what was published or gave up on it.
            throw new TimeoutException(
                $"{stalled.Message}, expected {expected}{Environment.NewLine}{await DaemonsAsync("programme-db")}{await DaemonsAsync("learning-db")}"
                + $"error queues:{Environment.NewLine}{string.Join(Environment.NewLine, await FailedMessagesAsync())}",
                stalled);
        }

        var whole = back.Elapsed;
        if (resource == "messaging")
        {
            // And the dashboard shows the outbox empty again once everything is published.
            await Eventually.Get(() => Task.FromResult(OutboxLag("programme")), lag => lag == 0, TimeSpan.FromMinutes(1));
        }

        var (lost, duplicated) = (settled.Sum(expected, (got, wanted) => Math.Max(0, wanted - got)), settled.Sum(expected, (got, wanted) => Math.Max(0, got - wanted)));
        var how = resource.Contains(" to ", StringComparison.Ordinal) ? $" mid-load ({reset} connections reset)" : " killed mid-load";
        await File.AppendAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "faults.txt"),
            $"Fault: {what}{how}, back after {downFor.TotalSeconds:0} s: {Commands} commands, {Commands - refused} accepted, {refused} refused "
            + $"to send again; {organisationEvents + actionEvents} events published, {settled.Sum(expected, (got, _) => got)} consumer effects "
            + $"(Reporting's two figures, four directory copies); lost {lost}, duplicates {duplicated}; "
            + $"every consumer whole {whole.TotalSeconds:0} s after it was back{Environment.NewLine}");
        Assert.Equal(expected, settled);

        // Nothing waits for an operator: every consumer rode out the fault with its own retries.
        Assert.Empty(await FailedMessagesAsync());
    }

    /// <summary>What the system shows while the part is away, then the rest of the fault's own length.</summary>
    private async Task WhileBrokenAsync(string resource, int downSeconds, Stopwatch down)
    {
        if (resource == "messaging")
        {
            // Still taking commands into the outbox: degraded, never unhealthy (which would take it out of service). The
            // broker stays away until the dashboard shows the outbox filling up (far more events waiting than under load).
            await Eventually.Get(() => system.HealthAsync("programme"), health => health == "Degraded", TimeSpan.FromSeconds(downSeconds));
            await Eventually.Get(() => Task.FromResult(OutboxLag("programme")), lag => lag >= 50, TimeSpan.FromMinutes(1));
        }
        else if (resource == "postgres")
        {
            // Identity as well: a sign-in that cannot reach its database is told to come back later, never a 500.
            using var signIn = await system.RequestOperatorTokenAsync();
            Assert.True(
                signIn.StatusCode == HttpStatusCode.ServiceUnavailable && signIn.Headers.RetryAfter is not null,
                $"A sign-in without a database: {(int)signIn.StatusCode}, Retry-After {signIn.Headers.RetryAfter}, {await signIn.Content.ReadAsStringAsync()}");
        }

        // The fault's own length, not a wait for a result: the part stays away at least this long. Waiting instead for the load
        // to send so many commands cannot work: while a producer is down its callers' requests hang, and the load stands still.
        var rest = TimeSpan.FromSeconds(downSeconds) - down.Elapsed;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest);
        }
    }

    /// <summary>Breaks a part of the system; what it returns mends it and says how many connections that reset.</summary>
    private async Task<Func<Task<int>>> BreakAsync(string resource)
    {
        if (resource.Split(" to ") is [var service, var server])
        {
            var link = system.Link(service, server);
            Assert.True(link.Connections > 0, $"Nothing ever crossed the link from {service} to {server}.");

            // A link going bad: slow first, until the service's traffic has felt it, then nothing crosses.
            var delayedBefore = link.Delayed;
            link.Latency = SlowLink;
            await Eventually.Get(() => Task.FromResult(link.Delayed - delayedBefore), late => late >= SlowPieces, TimeSpan.FromMinutes(1));
            link.Stall();

            // As when a route comes back without the connections the network dropped meanwhile.
            return () =>
            {
                var reset = link.Reset();
                link.Latency = TimeSpan.Zero;
                link.Flow();
                return Task.FromResult(reset);
            };
        }

        if (resource == "programme")
        {
            // Killed between commits and publishes by construction: its outbox cannot reach the broker, and is well behind.
            var outbox = system.Link("programme", "messaging");
            outbox.Stall();
            await Eventually.Get(() => Task.FromResult(OutboxLag("programme")), lag => lag >= 50, TimeSpan.FromMinutes(1));
            await system.KillAsync(resource);
            outbox.Reset();
            outbox.Flow();
        }
        else
        {
            await system.KillAsync(resource);
        }

        return async () =>
        {
            await system.StartAgainAsync(resource);
            return 0;
        };
    }

    private double OutboxLag(string service) => system.Telemetry.Gauge(service, "safeguarding.outbox.lag") ?? 0;

    /// <summary>What each consumer holds of the partnership: Reporting's figures and each service's copy of its directory.</summary>
    private sealed record Consumed(int Organisations, int Actions, long AuditCopies, long Section11Copies, long LearningCopies, long NotificationsCopies)
    {
        public bool Exceeds(Consumed expected) => Sum(expected, (got, wanted) => got > wanted ? 1 : 0) > 0;

        /// <summary>A sum over the six readings, each paired with the same reading of <paramref name="other"/>.</summary>
        public long Sum(Consumed other, Func<long, long, long> each) =>
            each(Organisations, other.Organisations) + each(Actions, other.Actions) + each(AuditCopies, other.AuditCopies)
            + each(Section11Copies, other.Section11Copies) + each(LearningCopies, other.LearningCopies) + each(NotificationsCopies, other.NotificationsCopies);
    }

    /// <summary>An organisation for the actions to name, registered before the load and known to Learning through the bus.</summary>
    private async Task<Guid> OwnerKnownToLearningAsync(string partnership)
    {
        var coordinator = system.Gateway(partnership);
        var owner = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Owner of the actions", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        await Eventually.Get(() => DirectoryCopiesAsync("learning-db", partnership), copies => copies == 1, TimeSpan.FromSeconds(60));
        return owner;
    }

    /// <summary>Half organisations registered (Programme), half actions entered (Learning), spaced evenly, four at a time.</summary>
    private async Task SendLoadAsync(string partnership, Guid owner, ConcurrentBag<Answer> answers, Action counted)
    {
        var start = Stopwatch.StartNew();
        var dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90);
        var callers = new ConcurrentDictionary<int, HttpClient>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Commands), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
        {
            // The load's own pace (a command every Spacing), not a wait for a result.
            var due = Spacing * i - start.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            var caller = callers.GetOrAdd(i / CommandsPerCaller, n => system.Gateway().WithToken(
                LocalTokenIssuer.Issue(TestTokens.Options, $"load-{n}", partnership, [Roles.Coordinator])));
            var (kind, response) = i % 2 == 0
                ? ("organisation", await caller.PostJsonAsync("/api/organisations", new { name = $"Agency {i}", kind = "RelevantAgency" }))
                : ("action", await caller.PostJsonAsync("/api/actions", new { what = $"Action {i}", why = "Audit finding", ownerOrganisationId = owner, dueDate }));
            using (response)
            {
                Guid? id = response.IsSuccessStatusCode ? (await response.ReadAsync<IdDto>()).Id : null;
                answers.Add(new Answer(kind, (int)response.StatusCode, id, response.Headers.RetryAfter is not null));
            }

            counted();
        });
    }

    /// <summary>How many events of a type the streams of these ids hold, and in how many streams.</summary>
    private async Task<(long Events, long Streams)> EventsAsync(string database, string type, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*), count(distinct stream_id) from mt_events where type = @type and stream_id = any(@ids)", connection);
        count.Parameters.AddWithValue("type", type);
        count.Parameters.AddWithValue("ids", ids);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>How many events of a type the producer holds for the partnership, whichever stream (the directory's is shared).</summary>
    private async Task<long> PartnershipEventsAsync(string database, string type, string partnership)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "select count(*) from mt_events where type = @type and (tenant_id = @partnership or data ->> 'PartnershipId' = @partnership)", connection);
        count.Parameters.AddWithValue("type", type);
        count.Parameters.AddWithValue("partnership", partnership);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Where a producer's async daemon stands: its high water mark and each subscription's position beside the event
    /// sequence, every transaction open in its database (one open since before a sequence gap holds the mark back), and
    /// each gap the daemon skipped with the events it now holds (an event committed there later is never forwarded).
    /// </summary>
    private async Task<string> DaemonsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand(
            """
            select 'sequence ' || last_value from mt_events_sequence
            union all select 'newest event ' || coalesce(max(seq_id), 0) from mt_events
            union all select name || ' at ' || last_seq_id from mt_event_progression
            union all select 'open since ' || xact_start || ': ' || state || ', ' || left(query, 80)
              from pg_stat_activity where datname = current_database() and xact_start is not null and pid <> pg_backend_pid()
            union all select 'skipped (' || s.starting_sequence || ', ' || s.ending_sequence || '], now holding '
              || (select count(*) from mt_events e where e.seq_id > s.starting_sequence and e.seq_id <= s.ending_sequence) || ' events'
              from mt_high_water_skips s
            """, connection);
        await using var reader = await read.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"  {reader.GetString(0)}");
        }

        return $"{database}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}";
    }

    /// <summary>Each consumer's error queue that holds a message, and why its oldest failed (a consumer that gave up on them).</summary>
    private async Task<List<string>> FailedMessagesAsync()
    {
        var operatorClient = await system.PlatformOperatorAsync();
        var lines = new List<string>();
        foreach (var service in (string[])["audit", "section11", "learning", "notifications", "reporting"])
        {
            var failed = await (await operatorClient.GetAsync($"/api/operations/failed-messages/{service}")).ReadAsync<FailedQueuesDto>();
            lines.AddRange(failed.Queues.Where(q => q.Count > 0).Select(q =>
                $"  {q.Queue}: {q.Count}, the oldest: {string.Join("; ", q.Oldest.Select(m => $"{m.MessageType} {m.ExceptionType} {m.Reason}"))}"));
        }

        return lines;
    }

    private sealed record FailedQueuesDto(List<FailedQueueDto> Queues);

    private sealed record FailedQueueDto(string Queue, long Count, List<FailedMessageDto> Oldest);

    private sealed record FailedMessageDto(string MessageType, string ExceptionType, string Reason);

    private async Task<Consumed> ConsumedAsync(string partnership)
    {
        var overview = await (await system.Gateway(partnership, Roles.Admin).GetAsync("/api/reports/overview")).ReadAsync<OverviewDto>();
        return new Consumed(
            overview.Organisations, overview.Actions.Total, await DirectoryCopiesAsync("audit-db", partnership), await DirectoryCopiesAsync("section11-db", partnership),
            await DirectoryCopiesAsync("learning-db", partnership), await DirectoryCopiesAsync("notifications-db", partnership));
    }

    private sealed record OverviewDto(int Organisations, ActionsDto Actions);

    private sealed record ActionsDto(int Total);

    private async Task<long> DirectoryCopiesAsync(string database, string partnership)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from mt_doc_knownorganisation where tenant_id = @tenant", connection);
        count.Parameters.AddWithValue("tenant", partnership);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
