using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>
/// Degraded, not unhealthy, while messages wait in an error queue (the service still serves; an operator must look) or
/// while the broker cannot be asked; each look also refreshes the dashboard's count.
/// </summary>
public sealed class FailedMessagesHealthCheck(FailedMessages failed) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var waiting = (await failed.CountAsync(cancellationToken)).Where(q => q.Value > 0).ToList();
            return waiting.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded(
                    $"{waiting.Sum(q => q.Value)} message(s) failed after their retries and wait to be replayed " +
                    $"({string.Join(", ", waiting.Select(q => $"{q.Key}: {q.Value}"))}).");
        }
        catch (Exception ex) when (FailedMessages.IsBrokerUnreachable(ex))
        {
            return HealthCheckResult.Degraded("The broker cannot be reached to count failed messages.", ex);
        }
    }
}
