using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using WeakStandardIdentified = Safeguarding.Contracts.Section11.WeakStandardIdentified;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// The loop from Section 11: a standard moderated as weak becomes a candidate priority, one per standard per cycle
/// however many organisations share the weakness (the first one's rationale stands; the coordinator sees the rest in Section 11).
/// </summary>
public sealed class WeakStandardConsumer(IDocumentStore store) : IConsumer<WeakStandardIdentified>
{
    public Task Consume(ConsumeContext<WeakStandardIdentified> context)
    {
        var weak = context.Message;
        return CandidatePriorities.ProposeOnceAsync(
            store,
            weak.PartnershipId,
            new PriorityDetails(PriorityRoute.KnownConcern, $"Section 11 standard {weak.Standard}: {weak.StandardTitle}", weak.Rationale,
                new PrioritySource(PrioritySourceKind.Section11Standard, $"{weak.CycleId}/{weak.Standard}", $"Section 11 standard {weak.Standard} moderated {weak.Score} (indicator {weak.Indicator})"), null),
            weak.Actor,
            weak.OccurredAt,
            context.CancellationToken);
    }
}
