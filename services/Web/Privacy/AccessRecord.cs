using System.Globalization;
using System.Text;
using Safeguarding.Web.Api;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Privacy;

/// <summary>What the Data Protection Officer asks the access record: a period of UK days, and one person or one record.</summary>
public sealed record AccessQuery(DateOnly From, DateOnly To, string? Person, Guid? Record)
{
    /// <summary>The longest period one reading covers: each service answers at most 1000 entries of it.</summary>
    public const int MostDays = 366;

    /// <summary>The query the page's form sent, or what to put right in it; the last 30 days unless asked.</summary>
    public static (AccessQuery? Query, Dictionary<string, string> Errors) Parse(string? from, string? to, string? person, string? record, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var end = Day(to, "to", "the last day", errors) ?? today;
        var start = Day(from, "from", "the first day", errors) ?? end.AddDays(-30);
        if (errors.Count == 0 && start > end)
        {
            errors["from"] = "The first day must not be after the last day.";
        }
        else if (errors.Count == 0 && end.DayNumber - start.DayNumber >= MostDays)
        {
            errors["from"] = $"Ask for at most {MostDays} days at a time.";
        }

        person = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        if (person?.Length > 200)
        {
            errors["person"] = "Enter the person's account id, at most 200 characters.";
        }

        Guid? id = null;
        if (!string.IsNullOrWhiteSpace(record))
        {
            id = Guid.TryParse(record.Trim(), out var parsed) ? parsed : null;
            if (id is null)
            {
                errors["record"] = "Enter the record's id as it appears in its address, like 0b3c8a52-6f1e-4a38-9d0c-3f1d2a7c5e01.";
            }
        }

        return errors.Count == 0 ? (new AccessQuery(start, end, person, id), errors) : (null, errors);
    }

    private static DateOnly? Day(string? value, string field, string name, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        errors[field] = $"Enter {name} as a real date between 2000 and 2100.";
        return null;
    }

    /// <summary>The same query as an address's query string, for the export link and each service's log.</summary>
    public string QueryString(bool forServices)
    {
        var parts = forServices
            ? new List<string> { $"from={Escape(Dates.StartOf(From))}", $"to={Escape(Dates.StartOf(To.AddDays(1)).AddTicks(-1))}" }
            : [$"from={From:yyyy-MM-dd}", $"to={To:yyyy-MM-dd}"];
        if (Person is not null)
        {
            parts.Add($"{(forServices ? "subject" : "person")}={Uri.EscapeDataString(Person)}");
        }

        if (Record is not null)
        {
            parts.Add($"{(forServices ? "recordId" : "record")}={Record}");
        }

        return string.Join('&', parts);
    }

    private static string Escape(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));
}

/// <summary>One read in one service's access log.</summary>
public sealed record AccessEntry(string Service, RecordReadDto Read);

/// <summary>
/// What every service's access log says for a query, newest first, which logs could not be read, and which answered their
/// most (<see cref="AccessRecord.MostPerLog"/>), so that older entries of the period were left out.
/// </summary>
public sealed record AccessAnswer(IReadOnlyList<AccessEntry> Reads, IReadOnlyList<SecurityEventDto> Accounts, IReadOnlyList<string> Unavailable, IReadOnlyList<string>? Cut = null);

/// <summary>
/// The whole access record in one place: every service keeps its own log of reads (and refusals) of what it holds, and
/// Identity its security log (sign-ins, accounts given and changed, reads of the staff list); this reads them all.
/// </summary>
public static class AccessRecord
{
    /// <summary>
    /// Each service that holds records about people, by the name a person knows it by, and where its API starts: each keeps
    /// an access log and a record of processing under it.
    /// </summary>
    public static readonly IReadOnlyList<(string Service, string Root)> Services =
    [
        ("Audits", "/api/audits"),
        ("Programme and directory", "/api/programmes"),
        ("Section 11 and 175", "/api/section11"),
        ("Reviews and learning", "/api/reviews"),
        ("Reports", "/api/reports"),
        ("Messages", "/api/notifications"),
    ];

    /// <summary>Identity's part, by the name a person knows it by: staff accounts and the log of who got in.</summary>
    public const string Accounts = "Accounts and sign-ins";

    /// <summary>Where Identity's API starts: its security log, record of processing and subject access are under it.</summary>
    public const string AccountsRoot = "/api/users";

    public const string AccountsLog = $"{AccountsRoot}/security-log";

    /// <summary>The most entries a log answers for one query (each service's AccessLog.MaxEntries), newest first.</summary>
    public const int MostPerLog = 1000;

    public static async Task<AccessAnswer> ReadAsync(GatewayApi api, AccessQuery query, CancellationToken cancellationToken)
    {
        var asked = query.QueryString(forServices: true);
        var logs = await Task.WhenAll(Services.Select(async log =>
            (log.Service, Reads: await api.TryGetAsync<List<RecordReadDto>>($"{log.Root}/access-log?{asked}", cancellationToken))));
        // Identity's log is about accounts, not records: by person it is who acted; a record id names no account.
        var accounts = query.Record is null
            ? await api.TryGetAsync<List<SecurityEventDto>>($"{AccountsLog}?{AccountsQuery(query)}", cancellationToken)
            : [];
        return new AccessAnswer(
            [.. logs.SelectMany(log => (log.Reads ?? []).Select(read => new AccessEntry(log.Service, read))).OrderByDescending(e => e.Read.At)],
            accounts ?? [],
            [.. logs.Where(log => log.Reads is null).Select(log => log.Service), .. accounts is null ? [Accounts] : Array.Empty<string>()],
            Cut([.. logs.Select(log => (log.Service, log.Reads?.Count)), (Accounts, accounts?.Count)]));
    }

    /// <summary>The logs that answered their most entries, so older ones in the period were left out.</summary>
    public static IReadOnlyList<string> Cut(IEnumerable<(string Log, int? Entries)> answered) => [.. answered.Where(a => a.Entries >= MostPerLog).Select(a => a.Log)];

    private static string AccountsQuery(AccessQuery query) =>
        (query with { Person = null }).QueryString(forServices: true) + (query.Person is null ? "" : $"&actor={Uri.EscapeDataString(query.Person)}");

    /// <summary>The reads as a spreadsheet a DPO can file or filter: one row per read or account event, newest first, as the page shows them.</summary>
    public static byte[] Csv(AccessAnswer answer)
    {
        var csv = new StringBuilder("At (UTC),Service,What,Outcome,Person,Name,Roles,Organisation,Address,Records,From\r\n");
        foreach (var (service, read) in answer.Reads)
        {
            Row(csv, read.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), service, read.Kind, read.Refused ? "refused" : "read",
                read.Subject, read.Name, string.Join(' ', read.Roles), read.Organisation, read.Path, string.Join(' ', read.Ids.Select(id => $"{id.Key}={id.Value}")), read.From);
        }

        foreach (var account in answer.Accounts)
        {
            Row(csv, account.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Accounts, account.Kind, account.Detail,
                account.Actor, null, null, null, null, $"{account.Subject} {account.SubjectName}".Trim(), account.From);
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    private static void Row(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    /// <summary>Quoted, and never read as a formula by a spreadsheet (a cell may hold what a caller sent).</summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
