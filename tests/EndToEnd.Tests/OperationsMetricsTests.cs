using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>What the ops team reads on the dashboard's metrics page, exported by every service that should export it.</summary>
[Collection(nameof(WholeSystemCollection))]
public class OperationsMetricsTests(WholeSystem system)
{
    private static readonly string[] Producers = ["programme", "audit", "section11", "learning"];

    private static readonly string[] OnTheBus = [.. Producers, "reporting", "notifications"];

    [Fact]
    public async Task Every_service_on_the_bus_exports_its_failed_messages_and_queue_backlogs_and_every_producer_its_outbox_position_and_lag()
    {
        string[] expected =
        [
            .. OnTheBus.Select(service => $"{service} safeguarding.messaging.failed_messages"),
            .. OnTheBus.Select(service => $"{service} safeguarding.messaging.queue_depth"),
            .. Producers.Select(service => $"{service} safeguarding.outbox.position"),
            .. Producers.Select(service => $"{service} safeguarding.outbox.lag"),
            "reporting safeguarding.reporting.read_model.lag",
        ];
        system.Telemetry.WatchMetrics();

        try
        {
            await Eventually.Get(() => Task.FromResult(system.Telemetry.MetricsSeen), metrics => metrics.IsSupersetOf(expected), TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Never exported: {string.Join(", ", expected.Except(system.Telemetry.MetricsSeen))}.");
        }
    }
}
