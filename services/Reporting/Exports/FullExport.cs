using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Reporting.Exports;

public sealed record ExportedFile(string Name, string Service, long Events, long Bytes, string Sha256);

/// <summary>What the archive holds, so whoever receives it can check it is whole.</summary>
public sealed record ExportManifest(string PartnershipId, DateTimeOffset ExportedAt, IReadOnlyList<ExportedFile> Files);

/// <summary>
/// The partnership's whole history: every event of every stream it owns in every service, fetched through each
/// service's own export API (never its database) with the caller's token, into one zip with a manifest.
/// </summary>
public sealed class FullExport(IHttpClientFactory clients, IDocumentStore store)
{
    /// <summary>Each service, by its service-discovery name, and where it serves its partnership's events.</summary>
    public static readonly IReadOnlyList<(string Service, string Path)> Sources =
    [
        ("programme", "/api/programmes/export/events"),
        ("audit", "/api/audits/export/events"),
        ("section11", "/api/section11/export/events"),
        ("learning", "/api/reviews/export/events"),
    ];

    /// <summary>Reporting's own log is read here directly: it is this service's own store.</summary>
    public const string Reporting = "reporting";

    public sealed class ServiceUnavailableException(string service, Exception inner) : Exception($"The {service} service could not give its part of the export: {inner.Message}", inner)
    {
        public string Service { get; } = service;
    }

    public async Task<byte[]> BuildAsync(string partnershipId, AuthenticationHeaderValue caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var archive = new MemoryStream();
        var files = new List<ExportedFile>();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (service, path) in Sources)
            {
                await AddAsync(zip, files, service, await FetchAsync(service, path, caller, cancellationToken), cancellationToken);
            }

            await using (var own = new MemoryStream())
            {
                await using var session = store.QuerySession(partnershipId);
                await PartnershipEventExport.WriteAsync(session, own, cancellationToken);
                await AddAsync(zip, files, Reporting, own.ToArray(), cancellationToken);
            }

            await using var manifest = zip.CreateEntry("manifest.json").Open();
            await JsonSerializer.SerializeAsync(manifest, new ExportManifest(partnershipId, now, files), JsonSerializerOptions.Web, cancellationToken);
        }

        return archive.ToArray();
    }

    private static async Task AddAsync(ZipArchive zip, List<ExportedFile> files, string service, byte[] content, CancellationToken cancellationToken)
    {
        var name = $"{service}.jsonl";
        await using (var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open())
        {
            await entry.WriteAsync(content, cancellationToken);
        }

        files.Add(new ExportedFile(name, service, content.Count(b => b == (byte)'\n'), content.Length, Convert.ToHexStringLower(SHA256.HashData(content))));
    }

    private async Task<byte[]> FetchAsync(string service, string path, AuthenticationHeaderValue caller, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{service}{path}"));
            request.Headers.Authorization = caller;
            using var response = await clients.CreateClient(service).SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException(service, ex);
        }
    }
}
