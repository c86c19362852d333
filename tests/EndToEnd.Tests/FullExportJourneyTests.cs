using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>A partnership leaves with all its data: one zip through the gateway, every service's events and a manifest.</summary>
[Collection(nameof(WholeSystemCollection))]
public class FullExportJourneyTests(WholeSystem system)
{
    private sealed record FileDto(string Name, string Service, long Events, long Bytes, string Sha256);

    private sealed record ManifestDto(string PartnershipId, List<FileDto> Files);

    [Fact]
    public async Task The_full_export_holds_every_services_events_for_the_partnership_only_with_a_manifest_that_checks()
    {
        var partnership = TestTokens.NewPartnership();
        var coordinator = system.Gateway(partnership);
        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year = 2028 })).ReadAsync<IdDto>();
        var year = DateTime.UtcNow.Year + 1;
        (await coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).EnsureSuccessStatusCode();
        await (await system.Gateway(partnership, Roles.BoardReader).GetAsync("/api/reports/exports/full")).ReadProblemAsync(403);

        var response = await coordinator.GetAsync("/api/reports/exports/full");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var manifest = JsonSerializer.Deserialize<ManifestDto>(zip.GetEntry("manifest.json")!.Open(), Json.Options)!;
        Assert.Equal(partnership, manifest.PartnershipId);
        Assert.Equal(["audit", "learning", "programme", "reporting", "section11"], manifest.Files.Select(f => f.Service).Order());
        foreach (var file in manifest.Files)
        {
            using var content = new MemoryStream();
            await zip.GetEntry(file.Name)!.Open().CopyToAsync(content);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.ToArray())));
        }

        var programmeEvents = await ReadLinesAsync(zip, "programme.jsonl");
        Assert.Contains(programmeEvents, e => e.GetProperty("streamId").GetGuid() == programme.Id && e.GetProperty("type").GetString() == "audit_programme_created");
        var section11 = await ReadLinesAsync(zip, "section11.jsonl");
        Assert.Equal(["section_11_cycle_opened"], Recorded(section11));
        Assert.Empty(Recorded(await ReadLinesAsync(zip, "audit.jsonl")));

        // Each service records the export of its log in the access log before it writes the log out.
        Assert.Contains(section11, e => e.GetProperty("type").GetString() == "record_read" && e.GetProperty("data").GetProperty("kind").GetString() == "event-export");
    }

    /// <summary>The types of the partnership's own events, leaving out the access log's records of reads.</summary>
    private static List<string?> Recorded(IEnumerable<JsonElement> events) =>
        [.. events.Select(e => e.GetProperty("type").GetString()).Where(type => type != "record_read")];

    private static async Task<List<JsonElement>> ReadLinesAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        var lines = new List<JsonElement>();
        while (await reader.ReadLineAsync() is { Length: > 0 } line)
        {
            lines.Add(JsonSerializer.Deserialize<JsonElement>(line));
        }

        return lines;
    }
}
