using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Safeguarding.ServiceDefaults.Health;

namespace Safeguarding.ServiceDefaults.Telemetry;

public static class OpenTelemetryExtensions
{
    // Sources that Npgsql, Marten and MassTransit publish on their own; no extra packages are needed to listen.
    private static readonly string[] LibrarySources = ["Npgsql", "Marten", "MassTransit"];

    /// <summary>
    /// The system's own meters and spans (Reporting's read-model lag, the outbox forwarder's publishes, ...), shown on
    /// the Aspire dashboard.
    /// </summary>
    private const string SystemInstruments = "Safeguarding.*";

    private const string RequestScopeCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private static readonly string[] UrlLoggingCategories =
        ["Microsoft.AspNetCore.Routing", "System.Net.Http.HttpClient", "Yarp.ReverseProxy", "Microsoft.Extensions.Http"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // These write every request's URL at Information, and a return's URL carries a case key: only their warnings are kept.
        foreach (var category in UrlLoggingCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        // Hosting opens a scope holding the request's path for every request while this category is enabled at all,
        // and every log line of the request would carry it (scopes are exported): the trace id correlates them instead.
        builder.Logging.AddFilter(RequestScopeCategory, LogLevel.None);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(LibrarySources)
                .AddMeter(SystemInstruments))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, SystemInstruments)
                .AddSource(LibrarySources)
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !HealthCheckExtensions.IsHealthPath(context.Request.Path);
                    o.EnrichWithHttpRequest = (activity, request) =>
                    {
                        activity.SetTag("url.path", SensitiveData.RedactPath(request.Path));
                        activity.SetTag("url.query", null);
                        activity.DisplayName = SensitiveData.RedactPath(activity.DisplayName);
                    };
                })
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    activity.SetTag("url.full", SensitiveData.RedactUrl(request.RequestUri));
                    activity.DisplayName = SensitiveData.RedactPath(activity.DisplayName);
                }));

        // Only export when someone listens (the Aspire dashboard sets this); otherwise disposal waits on a dead endpoint.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
