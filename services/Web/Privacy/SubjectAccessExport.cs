using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Privacy;

/// <summary>One service's answer: what it holds about the person asked about, or nothing when it could not be asked.</summary>
public sealed record ServiceHeld(string Service, string Root, JsonObject? Held)
{
    public int Events => Held?["events"]?.AsArray().Count ?? 0;

    public int Records => Held?["documents"]?.AsArray().Count ?? 0;
}

/// <summary>A service asked in a subject access request, and where it answers.</summary>
public sealed record Asked(string Service, string Root, string Path);

/// <summary>
/// A subject access request, for a child's case or a member of staff, put to every service that holds records about
/// people: each answers from what it really stores (and logs the request), and the answers travel as one zip of JSON, a
/// file per service, with a readable PDF of them all.
/// </summary>
public static class SubjectAccessExport
{
    /// <summary>About a case: every service that keeps records, by the case's key.</summary>
    public static readonly IReadOnlyList<Asked> AboutACase = [.. AccessRecord.Services.Select(s => new Asked(s.Service, s.Root, $"{s.Root}/subject-access"))];

    /// <summary>About a member of staff: their account first, then what every service holds that names it.</summary>
    public static readonly IReadOnlyList<Asked> AboutStaff =
        [
            new(AccessRecord.Accounts, AccessRecord.AccountsRoot, $"{AccessRecord.AccountsRoot}/subject-access"),
            .. AccessRecord.Services.Select(s => new Asked(s.Service, s.Root, $"{s.Root}/subject-access/staff")),
        ];

    public static async Task<(ApiOutcome Outcome, IReadOnlyList<ServiceHeld> Services)> AskAsync(
        GatewayApi api, IReadOnlyList<Asked> services, object request, CancellationToken cancellationToken)
    {
        // The first service answers for the request itself: one that is refused is refused before any other is asked.
        var first = services[0];
        var (outcome, held) = await api.AskAsync<JsonObject>(first.Path, request, cancellationToken);
        if (!outcome.Succeeded)
        {
            return (outcome, []);
        }

        var others = await Task.WhenAll(services.Skip(1).Select(async s =>
            new ServiceHeld(s.Service, s.Root, (await api.AskAsync<JsonObject>(s.Path, request, cancellationToken)).Answer)));
        return (outcome, [new ServiceHeld(first.Service, first.Root, held), .. others]);
    }

    /// <summary>Whose account the answers are about, as the account itself names them (its id when it is not kept).</summary>
    public static string StaffMemberIn(IReadOnlyList<ServiceHeld> services, string subject) =>
        services.Select(s => s.Held?["documents"]?.AsArray().OfType<JsonObject>().FirstOrDefault(d => (string?)d["type"] == "StaffUser")?["data"]).FirstOrDefault(d => d is not null)
            is JsonObject account ? $"{account["displayName"]} ({account["email"]})" : $"the account {subject}";

    /// <summary>
    /// A file per service that answered ("audits.json"), one naming those that could not be asked, and all of it as a
    /// PDF a person can read ("subject-access.pdf").
    /// </summary>
    public static byte[] Zip(string about, IReadOnlyList<ServiceHeld> services, DateTimeOffset produced)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            using (var document = zip.CreateEntry("subject-access.pdf").Open())
            {
                document.Write(SubjectAccessDocument.Pdf(about, services, produced));
            }

            foreach (var answered in services.Where(s => s.Held is not null))
            {
                using var file = zip.CreateEntry($"{answered.Root.Split('/')[^1]}.json").Open();
                JsonSerializer.Serialize(file, answered.Held, Indented);
            }

            var unanswered = services.Where(s => s.Held is null).Select(s => s.Service).ToList();
            if (unanswered.Count > 0)
            {
                using var note = new StreamWriter(zip.CreateEntry("not-answered.txt").Open());
                note.Write($"These services could not be asked, so what they hold is not in this export: {string.Join(", ", unanswered)}.");
            }
        }

        return buffer.ToArray();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
