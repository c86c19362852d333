using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Npgsql;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The generated attack, through the front door of the whole system: every operation every service publishes, as
/// every role, from another partnership (with P's ids and with well-formed foreign ones, with the document's own example
/// and with malformed bodies), from P itself with malformed bodies, every read from P's agency B on agency A's
/// records, and the platform operator on every partnership path. Nothing may answer 5xx; nothing another partnership
/// is shown may name P's records; nothing B is shown may hold A's unsubmitted answers; P's own roles may not get a
/// malformed body accepted; the operator is refused everywhere but its own paths; and P's streams, events and
/// documents, and its organisations in the shared directory, are the same after the sweep as before it.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class AttackSweepTests(WholeSystem system)
{
    /// <summary>Joining a directory entry another partnership registered is how the regional directory works: it answers with the entry.</summary>
    private static readonly string[] SharedOnPurpose = ["POST /api/organisations/{id}/join"];

    /// <summary>
    /// What agency B may rightly do in P with A named: raise an immediate concern, in an audit it is part of, for A to act
    /// on (any agency that sees a child at risk must); and choose how its own messages reach it.
    /// </summary>
    private static readonly string[] AnyAgencysOwn = ["POST /api/audits/{id}/concerns", "PUT /api/notifications/preferences/me"];

    /// <summary>
    /// Reads sent as a POST, so a case key travels in the body: like every read, each one inside P (refused ones too) is
    /// access-logged in P, so P's own callers send them only after P is counted, with the reads.
    /// </summary>
    private static bool ReadByPost(PublishedOperation operation) =>
        operation.Method == "POST" && (operation.Template.EndsWith("/subject-access", StringComparison.Ordinal) || operation.Template.EndsWith("/subject-access/staff", StringComparison.Ordinal));

    private static readonly string[] AuthoringDatabases = ["programme-db", "audit-db", "section11-db", "learning-db"];

    private static readonly string[] DirectoryCopies = ["audit-db", "section11-db", "learning-db"];

    /// <summary>Requests a caller sends before the sweep takes a fresh subject, to stay under the gateway's per-caller rate.</summary>
    private const int RequestsPerCaller = 400;

    /// <summary>The stranger's own organisation: Identity issues tokens only for organisations in the caller's partnership.</summary>
    private static readonly Guid StrangerOrganisation = Guid.NewGuid();

    private sealed record Attempt(string Who, string Partnership, string Role, Guid Organisation, string Method, string Path, string Kind, string? Body);

    [Fact]
    public async Task Ten_thousand_generated_requests_find_no_server_error_no_leak_and_change_nothing()
    {
        var p = await SeededPartnership.SeedAsync(system);
        var q = TestTokens.NewPartnership();
        var operations = (await PublishedOperation.ReadAsync(system)).Where(o => !SharedOnPurpose.Contains($"{o.Method} {o.Template}")).ToList();
        var attempts = Attempts(p, q, operations).ToList();
        var before = await SettledCountsAsync(p);

        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var callers = new ConcurrentDictionary<string, (HttpClient Client, int Sent)>();
        await SendEveryAsync(p, attempts, callers, statuses, failures);
        var after = await CountsAsync(p);
        var insiderWrites = InsiderWrites(p, operations).ToList();
        await SendEveryAsync(p, insiderWrites, callers, statuses, failures);
        var afterInsiderWrites = await CountsAsync(p);

        // B's reads of A's records are access-logged in P, so they come after P is counted.
        var insiders = InsiderReads(p, operations).ToList();
        await SendEveryAsync(p, insiders, callers, statuses, failures);
        var sent = attempts.Count + insiderWrites.Count + insiders.Count;

        var summary = $"Attack sweep: {sent} requests over {operations.Count} operations; by status: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "attack-sweep.txt"), summary + Environment.NewLine);
        Assert.True(failures.IsEmpty, $"{summary}{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}");
        Assert.True(sent >= 10_000, summary);
        Assert.Equal(before, after);
        Assert.Equal(after, afterInsiderWrites);
    }

    /// <summary>Another partnership tries everything against P's records; P's own roles try every malformed body on them.</summary>
    private static IEnumerable<Attempt> Attempts(SeededPartnership p, string q, IReadOnlyList<PublishedOperation> operations)
    {
        foreach (var operation in operations)
        {
            // An operation that takes no body ignores one: only what it does take is broken, and only the stranger sends it.
            List<(string Kind, string? Json)> bodies =
                operation.Body is not null ? [("example", operation.Example?.GetRawText() ?? "{}"), .. MalformedBodies.For(operation)]
                : operation.Method is "POST" or "PUT" or "PATCH" ? [("example", "{}")]
                : [("no-body", null)];
            var paths = new[] { p.Fill(operation.Template), Foreign(operation.Template) }.Distinct().ToList();
            foreach (var role in Roles.All)
            {
                foreach (var (kind, body) in bodies)
                {
                    foreach (var path in paths)
                    {
                        yield return new Attempt("stranger", q, role, StrangerOrganisation, operation.Method, path, kind, body);
                    }

                    if (kind is not ("example" or "no-body") && !ReadByPost(operation))
                    {
                        yield return new Attempt("owner", p.PartnershipId, role, p.A, operation.Method, p.Fill(operation.Template), kind, body);
                    }
                }
            }

            // The platform operator works on whole services, never inside a partnership: its token opens no partnership path.
            if (!operation.Template.StartsWith("/api/operations/", StringComparison.Ordinal))
            {
                yield return new Attempt("operator", "", Roles.Operator, Guid.Empty, operation.Method, p.Fill(operation.Template), bodies[0].Kind, bodies[0].Json);
            }
        }
    }

    /// <summary>
    /// Agency B, inside P, in every role that does not oversee the partnership, reads every operation filled with A's
    /// records: A's unsubmitted return and self-assessment answers are A's alone.
    /// </summary>
    private static IEnumerable<Attempt> InsiderReads(SeededPartnership p, IReadOnlyList<PublishedOperation> operations) =>
        from operation in operations
        where operation.Method == "GET" || ReadByPost(operation)
        from role in Roles.All
        where role != Roles.Coordinator
        select new Attempt("insider", p.PartnershipId, role, p.B, operation.Method, p.Fill(operation.Template), ReadByPost(operation) ? "example" : "no-body",
            ReadByPost(operation) ? operation.Example?.GetRawText() : null);

    /// <summary>
    /// Agency B's own auditors and systems, inside P, try every write on A's records with a well-formed body that names A
    /// (each operation's own example): A's returns, answers and actions are A's to change, or the partnership's.
    /// </summary>
    private static IEnumerable<Attempt> InsiderWrites(SeededPartnership p, IReadOnlyList<PublishedOperation> operations) =>
        from operation in operations
        where operation.Method != "GET" && !ReadByPost(operation) && !AnyAgencysOwn.Contains($"{operation.Method} {operation.Template}")
        from role in new[] { Roles.AgencyAuditor, Roles.PartnerSystem }
        select new Attempt("insider writer", p.PartnershipId, role, p.B, operation.Method, p.Fill(operation.Template), "well-formed, naming A", InsiderBody(p, operation));

    /// <summary>A return the seeded audit's tool takes (a document's example is for another tool); otherwise the example, naming A.</summary>
    private static string InsiderBody(SeededPartnership p, PublishedOperation operation) =>
        operation.Template.Contains("/returns/{organisationId}/{caseKey}", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(p.Return.Body("good", $"B's words {p.Tag}"), Json.Options)
            : p.NamingA(operation.Example?.GetRawText() ?? "{}");

    private async Task SendEveryAsync(
        SeededPartnership p,
        IEnumerable<Attempt> attempts,
        ConcurrentDictionary<string, (HttpClient Client, int Sent)> callers,
        ConcurrentDictionary<int, int> statuses,
        ConcurrentQueue<string> failures) =>
        await Parallel.ForEachAsync(attempts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (attempt, _) =>
        {
            var (status, body) = await SendAsync(CallerFor(callers, attempt), attempt);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var refused = status is >= 400 and < 500 && status != 401;
            var problem =
                status >= 500 || status == 401 ? "a server error or a valid token refused"
                : attempt.Who == "stranger" && !refused && p.Markers.Any(body.Contains) ? "another partnership shown P's records"
                : attempt.Who == "insider" && !refused && body.Contains(p.SecretOfA, StringComparison.Ordinal) ? "agency B shown A's own answers"
                : attempt.Who == "insider writer" && !refused ? "agency B changed what is A's or the partnership's"
                : attempt.Who == "owner" && !refused ? "a malformed body accepted"
                : attempt.Who == "operator" && !refused ? "the platform operator let into a partnership's path"
                : null;
            if (problem is not null)
            {
                failures.Enqueue($"{problem}: {attempt.Method} {attempt.Path} as {attempt.Role} of {attempt.Who} ({attempt.Kind}): {status} {body[..Math.Min(200, body.Length)]}");
            }
        });

    /// <summary>Every route parameter a well-formed id or name that nothing has.</summary>
    private static string Foreign(string template) =>
        string.Join('/', template.Split('/').Select(segment => !segment.StartsWith('{') ? segment : segment.Trim('{', '}') switch
        {
            "year" => "2031",
            "caseKey" => "ZZ-2031-999",
            "format" => "json",
            "kind" => "Section11",
            "table" => "organisations.csv",
            "indicator" => "1.1",
            "partnershipId" => "knowsley",
            _ => Guid.NewGuid().ToString(),
        }));

    private HttpClient CallerFor(ConcurrentDictionary<string, (HttpClient Client, int Sent)> callers, Attempt attempt) =>
        callers.AddOrUpdate(
            $"{attempt.Partnership}/{attempt.Role}/{attempt.Organisation}",
            _ => (NewCaller(attempt), 1),
            (_, current) => current.Sent < RequestsPerCaller ? (current.Client, current.Sent + 1) : (NewCaller(attempt), 1)).Client;

    private HttpClient NewCaller(Attempt attempt) =>
        system.Gateway().WithToken(attempt.Who == "operator"
            ? LocalTokenIssuer.Issue(TestTokens.Options, $"sweep-operator-{Guid.NewGuid():N}", partnershipId: null, [Roles.Operator])
            : LocalTokenIssuer.Issue(TestTokens.Options, $"sweep-{attempt.Role}-{Guid.NewGuid():N}", attempt.Partnership, [attempt.Role], attempt.Organisation.ToString()));

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, Attempt attempt)
    {
        using var request = new HttpRequestMessage(new HttpMethod(attempt.Method), attempt.Path);
        if (attempt.Body is not null)
        {
            request.Content = new StringContent(attempt.Body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// P's counts once the last effect of its seeding has landed. The authoring services keep no asynchronous read models:
    /// the only writes that can follow the seeding are each service's copy of P's directory, so the counts are read once
    /// every service that keeps one holds both A and B.
    /// </summary>
    private async Task<string> SettledCountsAsync(SeededPartnership p)
    {
        foreach (var database in DirectoryCopies)
        {
            await Eventually.Get(() => DirectoryCopiesAsync(database, p), copies => copies == 2, TimeSpan.FromSeconds(60));
        }

        return await CountsAsync(p);
    }

    private async Task<long> DirectoryCopiesAsync(string database, SeededPartnership p)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from mt_doc_knownorganisation where tenant_id = @tenant and id = any(@ids)", connection);
        count.Parameters.AddWithValue("tenant", p.PartnershipId);
        count.Parameters.AddWithValue("ids", new[] { p.A, p.B });
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>P's streams, events and every kind of document in each service that records them, and its organisations' versions in the shared directory.</summary>
    private async Task<string> CountsAsync(SeededPartnership p)
    {
        var counts = new StringBuilder();
        foreach (var database in AuthoringDatabases)
        {
            await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
            await connection.OpenAsync();
            foreach (var table in await TenantTablesAsync(connection))
            {
                await using var count = new NpgsqlCommand($"select count(*) from \"{table}\" where tenant_id = @tenant", connection);
                count.Parameters.AddWithValue("tenant", p.PartnershipId);
                // Marten creates a document's table when it is first touched: one that appears empty is no change.
                if (await count.ExecuteScalarAsync() is long rows and > 0)
                {
                    counts.Append(database).Append('.').Append(table).Append('=').Append(rows).Append(' ');
                }
            }

            if (database == "programme-db")
            {
                await using var versions = new NpgsqlCommand("select string_agg(version::text, ',' order by id) from mt_streams where tenant_id = '_shared-directory' and id = any(@ids)", connection);
                versions.Parameters.AddWithValue("ids", new[] { p.A, p.B });
                counts.Append("directory=").Append(await versions.ExecuteScalarAsync());
            }
        }

        return counts.ToString();
    }

    private static async Task<List<string>> TenantTablesAsync(NpgsqlConnection connection)
    {
        await using var find = new NpgsqlCommand(
            "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id'"
            + " and (table_name like 'mt_doc_%' or table_name in ('mt_events', 'mt_streams')) order by table_name",
            connection);
        await using var reader = await find.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
