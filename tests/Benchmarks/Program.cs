using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Safeguarding.Benchmarks;
using Safeguarding.Testing;

// Measures the system against ARCHITECTURE.md's budgets and prints the figures. Run: dotnet run -c Release --project tests/Benchmarks
string[] services = ["reporting", "audit", "programme", "section11", "learning", "gateway"];
var partnership = TestTokens.NewPartnership();
void Report(string what, string figure, string budget)
{
    Console.WriteLine($"{what,-58} {figure,-34} budget: {budget}");
}

string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

// Footprint: start to every resource healthy.
var startedAt = Stopwatch.GetTimestamp();
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Safeguarding_AppHost>(
    [
        $"Auth:Issuer={TestTokens.Options.Issuer}", $"Auth:Audience={TestTokens.Options.Audience}", $"Parameters:auth-signing-key={TestTokens.Options.SigningKey}",
        "Gateway:RequestsPerMinute=10000000", // one caller makes every request here: the limit would measure itself
    ],
    (options, _) => options.DisableDashboard = true);
foreach (var project in builder.Resources.OfType<ProjectResource>())
{
    builder.CreateResourceBuilder(project).WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
}

await using var app = await builder.BuildAsync();
await app.StartAsync();
foreach (var resource in services)
{
    await app.ResourceNotifications.WaitForResourceHealthyAsync(resource);
}

Report("Start to every service healthy", Ms(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds), "<= 20,000 ms");

HttpClient Via(string resource, string role = "coordinator") => app.CreateHttpClient(resource).As(partnership, role);

// Gateway: the same cheap route (static frameworks, no database) straight to the service and through YARP.
var direct = Via("section11");
var gateway = Via("gateway");
await Measure.SequentialAsync(200, () => direct.GetAsync("/api/section11/frameworks"));
await Measure.SequentialAsync(200, () => gateway.GetAsync("/api/section11/frameworks"));
var directOne = await Measure.SequentialAsync(1000, () => direct.GetAsync("/api/section11/frameworks"));
var gatewayOne = await Measure.SequentialAsync(1000, () => gateway.GetAsync("/api/section11/frameworks"));
Report("Gateway: added to p50 at one connection", Ms(Measure.Percentile(gatewayOne, 50) - Measure.Percentile(directOne, 50)), "< 0.3 ms");
var (directRate, _) = await Measure.ConcurrentAsync(32, TimeSpan.FromSeconds(5), _ => direct.GetAsync("/api/section11/frameworks"));
var (gatewayRate, _) = await Measure.ConcurrentAsync(32, TimeSpan.FromSeconds(5), _ => gateway.GetAsync("/api/section11/frameworks"));
Report("Gateway throughput, 32 connections (ratio to direct)", $"{gatewayRate:0} req/s ({gatewayRate / directRate:0.00}x of {directRate:0})", "nginx baseline 0.42x");

// Writes: record actions through the gateway, 8 callers for 10 s.
var owner = (await (await gateway.PostAsJsonAsync("/api/organisations", new { name = "Benchmark agency", kind = "RelevantAgency" }, Json.Options)).Content.ReadFromJsonAsync<IdDto>(Json.Options))!.Id;
var action = new { what = "Benchmark action", why = "Measuring writes", ownerOrganisationId = owner, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)) };
await Eventually.Get(() => gateway.PostAsJsonAsync("/api/actions", action, Json.Options), r => r.StatusCode == HttpStatusCode.Created, TimeSpan.FromSeconds(30));
var (writeRate, writeLatencies) = await Measure.ConcurrentAsync(8, TimeSpan.FromSeconds(10), async _ =>
    (await gateway.PostAsJsonAsync("/api/actions", action, Json.Options)).EnsureSuccessStatusCode());
Report("Writes: commands/s, 8 callers (p99)", $"{writeRate:0}/s (p99 {Ms(Measure.Percentile(writeLatencies, 99))})", ">= 1,000/s; p99 <= 50 ms at 200/s");

// Freshness: time from an accepted command to Reporting's overview counting it, one command at a time.
var freshness = new List<double>();
for (var i = 0; i < 50; i++)
{
    var before = (await gateway.GetFromJsonAsync<OverviewDto>("/api/reports/overview", Json.Options))!.Actions.Total;
    var accepted = Stopwatch.GetTimestamp();
    (await gateway.PostAsJsonAsync("/api/actions", action, Json.Options)).EnsureSuccessStatusCode();
    while ((await gateway.GetFromJsonAsync<OverviewDto>("/api/reports/overview", Json.Options))!.Actions.Total <= before)
    {
    }

    freshness.Add(Stopwatch.GetElapsedTime(accepted).TotalMilliseconds);
}

freshness.Sort();
Report("Freshness: accepted to visible in the overview (p50 / p99)", $"{Ms(Measure.Percentile(freshness, 50))} / {Ms(Measure.Percentile(freshness, 99))}", "p50 25 ms, p99 100 ms");

// Rebuild: every read model from Reporting's log, as only the platform operator may start it.
var platformOperator = app.CreateHttpClient("gateway").WithToken(TestTokens.ForOperator());
(await platformOperator.PostAsJsonAsync("/api/operations/reports/rebuild", new { }, Json.Options)).EnsureSuccessStatusCode();
RebuildDto status;
do
{
    await Task.Delay(200);
    status = (await platformOperator.GetFromJsonAsync<RebuildDto>("/api/operations/reports/rebuild", Json.Options))!;
}
while (status.Running);
Report("Rebuild: events per second (all read models)", $"{status.EventsPerSecond:0}/s {(status.Error is null ? "" : "error: " + status.Error)}", ">= 100,000/s");

// Footprint: resident memory of each service, idle.
await Task.Delay(TimeSpan.FromSeconds(10));
foreach (var process in Process.GetProcesses().Where(p => p.ProcessName.StartsWith("Safeguarding.", StringComparison.Ordinal) && !p.ProcessName.Contains("AppHost", StringComparison.Ordinal)))
{
    process.Refresh();
    Report($"Resident memory, idle: {process.ProcessName}", $"{process.WorkingSet64 / (1024 * 1024)} MB", "<= 250 MB");
}

internal sealed record IdDto(Guid Id);

internal sealed record ActionsDto(int Total);

internal sealed record OverviewDto(ActionsDto Actions);

internal sealed record RebuildDto(bool Running, double EventsPerSecond, string? Error);
