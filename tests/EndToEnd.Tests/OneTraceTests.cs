using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// What the ops team follows on the dashboard: one command's trace, from the gateway through the service and its
/// commit, the outbox forwarder's publish (which happens later, outside the request) and the bus into every consumer.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class OneTraceTests(WholeSystem system)
{
    private static readonly string[] DirectoryConsumers = ["audit", "section11", "learning", "notifications", "reporting"];

    [Fact]
    public async Task A_registered_organisation_is_one_trace_from_the_gateway_to_every_service_that_keeps_the_directory()
    {
        var coordinator = system.Gateway(TestTokens.NewPartnership());
        coordinator.DefaultRequestHeaders.Add("traceparent", system.Telemetry.WatchNewTrace(out var traceId));

        await (await coordinator.PostJsonAsync("/api/organisations", new { name = "Traced Community Trust", kind = "RelevantAgency" })).ReadAsync<IdDto>();

        IReadOnlyList<ExportedSpan> seen;
        try
        {
            seen = await Eventually.Get(
                () => Task.FromResult(system.Telemetry.SpansOf(traceId)),
                // Each process exports its spans in its own batches: the request's span can come after the consumers'.
                spans => DirectoryConsumers.All(service => spans.Any(s => s.Service == service))
                    && spans.Any(IsForwarding) && spans.Any(IsRequest) && spans.Any(s => s.Service == "gateway"),
                TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The trace holds only: {string.Join("; ", system.Telemetry.SpansOf(traceId).Select(s => $"{s.Service} {s.Name}"))}");
        }

        // Marten keeps the span that called the service as the event's cause: the gateway's call, which the service's
        // own request span and the forwarder's later publish both hang from.
        var request = Assert.Single(seen, IsRequest);
        var forwarding = Assert.Single(seen, IsForwarding);
        var call = Assert.Single(seen, s => s.SpanId == request.ParentSpanId);
        Assert.Equal("gateway", call.Service);
        Assert.Equal(call.SpanId, forwarding.ParentSpanId);
        foreach (var consumer in DirectoryConsumers)
        {
            Assert.Contains(seen, s => s.Service == consumer && Reaches(seen, s, forwarding));
        }
    }

    private static bool IsRequest(ExportedSpan span) => span.Service == "programme" && span.Name.StartsWith("POST", StringComparison.Ordinal);

    private static bool IsForwarding(ExportedSpan span) => span.Service == "programme" && span.Name == "forward organisation_registered";

    /// <summary>Whether <paramref name="ancestor"/> is on the chain of parents from <paramref name="span"/>.</summary>
    private static bool Reaches(IReadOnlyList<ExportedSpan> trace, ExportedSpan span, ExportedSpan ancestor)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
