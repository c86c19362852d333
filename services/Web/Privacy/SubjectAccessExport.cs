using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Privacy;

/// <summary>One service's answer: what it holds about the case, or nothing when it could not be asked.</summary>
public sealed record ServiceHeld(string Service, string Root, JsonObject? Held)
{
    public int Events => Held?["events"]?.AsArray().Count ?? 0;

    public int Records => Held?["documents"]?.AsArray().Count ?? 0;
}

/// <summary>
/// A subject access request for a case, put to every service that holds records about people: each answers from what
/// it really stores (and logs the request as a read), and the answers travel as one zip of JSON, a file per service.
/// </summary>
public static class SubjectAccessExport
{
    public static async Task<(ApiOutcome Outcome, IReadOnlyList<ServiceHeld> Services)> AskAsync(GatewayApi api, string? caseKey, CancellationToken cancellationToken)
    {
        // The first service answers for the key itself: a key that could name a child is refused before any other is asked.
        var (first, root) = (AccessRecord.Services[0], AccessRecord.Services[0].Root);
        var (outcome, held) = await api.AskAsync<JsonObject>($"{root}/subject-access", new { caseKey }, cancellationToken);
        if (!outcome.Succeeded)
        {
            return (outcome, []);
        }

        var others = await Task.WhenAll(AccessRecord.Services.Skip(1).Select(async s =>
            new ServiceHeld(s.Service, s.Root, (await api.AskAsync<JsonObject>($"{s.Root}/subject-access", new { caseKey }, cancellationToken)).Answer)));
        return (outcome, [new ServiceHeld(first.Service, root, held), .. others]);
    }

    /// <summary>A file per service that answered ("audits.json"), and one naming those that could not be asked.</summary>
    public static byte[] Zip(IReadOnlyList<ServiceHeld> services)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
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
