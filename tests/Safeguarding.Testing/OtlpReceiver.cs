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
/// protobuf). It keeps the spans of the traces a test watches, the names of the metrics once a test watches them, and
/// acknowledges everything else unread.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ExportedSpan>> _watched = new();
    private readonly ConcurrentDictionary<string, byte> _metrics = new();
    private readonly ConcurrentDictionary<string, double> _gauges = new();
    private volatile bool _watchingMetrics;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/traces", receiver.ReceiveTracesAsync);
        receiver._app.MapPost("/v1/metrics", receiver.ReceiveMetricsAsync);
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

    /// <summary>From now on, keeps the name of every metric each service exports, and each gauge's latest value.</summary>
    public void WatchMetrics() => _watchingMetrics = true;

    /// <summary>A service's gauge as it last exported it, if it has since <see cref="WatchMetrics"/>.</summary>
    public double? Gauge(string service, string metric) => _gauges.TryGetValue($"{service} {metric}", out var value) ? value : null;

    /// <summary>The metrics each service exported since <see cref="WatchMetrics"/>, as "service metric".</summary>
    public IReadOnlySet<string> MetricsSeen => _metrics.Keys.ToHashSet();

    private async Task<IResult> ReceiveMetricsAsync(HttpRequest request)
    {
        if (_watchingMetrics)
        {
            var body = await BodyAsync(request);
            foreach (var (service, metric) in OtlpExports.MetricNames(body))
            {
                _metrics.TryAdd($"{service} {metric}", 0);
            }

            foreach (var (service, metric, value) in OtlpExports.Gauges(body))
            {
                _gauges[$"{service} {metric}"] = value;
            }
        }

        return Acknowledged();
    }

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        foreach (var span in OtlpExports.Spans(await BodyAsync(request)))
        {
            if (_watched.TryGetValue(span.TraceId, out var spans))
            {
                spans.Enqueue(span);
            }
        }

        return Acknowledged();
    }

    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        var content = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
        await using (content)
        {
            await content.CopyToAsync(body);
        }

        return body.ToArray();
    }

    // An empty Export*ServiceResponse: everything accepted.
    private static IResult Acknowledged() => Results.Bytes([], "application/x-protobuf");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
