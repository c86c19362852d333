using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Testing;

/// <summary>A span as a service exported it: which service, what it did, and where it sits in which trace.</summary>
public sealed record ExportedSpan(string Service, string Name, string TraceId, string SpanId, string ParentSpanId);

/// <summary>
/// Where the services export their telemetry in tests, as they would to the Aspire dashboard (OTLP over HTTP,
/// protobuf). It keeps the spans of the traces a test watches and acknowledges everything else unread.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ExportedSpan>> _watched = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        receiver._app.MapPost("/v1/{signal}", (string signal) => Acknowledged());
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>A new trace to start a request in (its W3C traceparent) whose spans are kept from now on.</summary>
    public string WatchNewTrace(out string traceId)
    {
        traceId = ActivityTraceId.CreateRandom().ToHexString();
        _watched[traceId] = new ConcurrentQueue<ExportedSpan>();
        return $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
    }

    public IReadOnlyList<ExportedSpan> SpansOf(string traceId) => [.. _watched[traceId]];

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        var content = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
        await using (content)
        {
            await content.CopyToAsync(body);
        }

        foreach (var span in OtlpTraces.Read(body.ToArray()))
        {
            if (_watched.TryGetValue(span.TraceId, out var spans))
            {
                spans.Enqueue(span);
            }
        }

        return Acknowledged();
    }

    // An empty Export*ServiceResponse: everything accepted.
    private static IResult Acknowledged() => Results.Bytes([], "application/x-protobuf");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
