using Marten;
using MassTransit;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using WeakStandardIdentified = Safeguarding.Contracts.Section11.WeakStandardIdentified;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// The loop from Section 11: a standard moderated as weak becomes a candidate priority, one per standard per cycle
/// however many organisations share the weakness (the first one's rationale stands; the coordinator sees the rest in Section 11).
/// </summary>
public sealed class WeakStandardConsumer(IDocumentStore store) : IConsumer<WeakStandardIdentified>
{
    public async Task Consume(ConsumeContext<WeakStandardIdentified> context)
    {
        var weak = context.Message;
        var priorityId = DeterministicGuid.Create("candidate-priority", "section11-standard", weak.CycleId.ToString(), weak.Standard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var session = store.LightweightSession(weak.PartnershipId);
        if (await session.Events.FetchStreamStateAsync(priorityId, context.CancellationToken) is not null)
        {
            return;
        }

        var source = new PrioritySource("section11-standard", $"{weak.CycleId}/{weak.Standard}", $"Section 11 standard {weak.Standard} moderated {weak.Score} (indicator {weak.Indicator})");
        session.Events.StartStream<Priority>(priorityId, new PriorityProposed(
            priorityId, new PriorityDetails(PriorityRoute.KnownConcern, $"Section 11 standard {weak.Standard}: {weak.StandardTitle}", weak.Rationale, source, null),
            weak.Actor, weak.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
