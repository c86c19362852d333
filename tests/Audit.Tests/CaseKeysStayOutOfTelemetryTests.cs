using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.Testing;
using static Safeguarding.Audit.Tests.AuditFixtures;

namespace Safeguarding.Audit.Tests;

/// <summary>A case key travels in the URL of an agency's return; it must reach neither a log (nor its scopes) nor a trace.</summary>
public sealed class CaseKeysStayOutOfTelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly RecordedLogs _logs = new();
    private readonly ConcurrentBag<Activity> _activities = [];
    private ActivityListener _listener = null!;
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        _host = await ServiceHost<Program>.StartAsync("audit-db", configureServices: services => services
            .AddSingleton<ILoggerProvider>(_logs)
            .AddSingleton<IStartupFilter, LogsInsideEveryRequest>());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose()
    {
        _listener.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task A_return_submitted_by_its_URL_leaves_no_case_key_in_logs_or_traces()
    {
        var journey = new AuditJourney(_host);
        await journey.ToReturnsOpenAsync();

        var response = await journey.SubmitAsync(journey.AuditorOf(journey.Police), journey.Police, "SH-2027-003", Return());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await (await journey.SubmitAsync(journey.AuditorOf(journey.Police), journey.Police, "SH-2027-999", Return())).ReadProblemAsync(409);

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, m => m.Contains("SH-2027", StringComparison.Ordinal));
        var returnSpans = _activities.Where(a => a.GetTagItem("url.path") is string path && path.Contains("/returns/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(returnSpans);
        Assert.DoesNotContain(_activities, a => a.DisplayName.Contains("SH-2027", StringComparison.Ordinal)
            || a.TagObjects.Any(t => t.Value?.ToString()?.Contains("SH-2027", StringComparison.Ordinal) == true));
    }

    /// <summary>
    /// A warning written inside each request, as any failure would be: it carries every scope open at the time, so a
    /// scope holding the request's path would put the case key in the log.
    /// </summary>
    private sealed class LogsInsideEveryRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Test.InsideTheRequest").LogWarning("Inside a request");
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
