using Marten;
using MassTransit;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using FindingRecorded = Safeguarding.Contracts.Audit.FindingRecorded;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// The loop: an area for development an audit found becomes a candidate priority, linked to its finding, for the
/// coordinator to accept or dismiss. The candidate's id comes from the finding's, so a redelivery adds nothing.
/// </summary>
public sealed class FindingRecordedConsumer(IDocumentStore store) : IConsumer<FindingRecorded>
{
    public async Task Consume(ConsumeContext<FindingRecorded> context)
    {
        var finding = context.Message;
        if (finding.Kind != "AreaForDevelopment")
        {
            return;
        }

        var priorityId = DeterministicGuid.Create("candidate-priority", "audit-finding", finding.FindingId.ToString());
        await using var session = store.LightweightSession(finding.PartnershipId);
        if (await session.Events.FetchStreamStateAsync(priorityId, context.CancellationToken) is not null)
        {
            return;
        }

        var source = new PrioritySource("audit-finding", finding.FindingId.ToString(), $"Audit {finding.AuditId}: {finding.Theme} ({finding.Year})");
        session.Events.StartStream<Priority>(priorityId, new PriorityProposed(
            priorityId, new PriorityDetails(PriorityRoute.KnownConcern, finding.Theme, finding.Text, source, null), finding.Actor, finding.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
