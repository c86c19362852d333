using Marten;
using MassTransit;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts.Programme;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Audit.Messaging;

/// <summary>
/// An audit taken off the programme before its terms of reference were agreed is cancelled with the programme's reason.
/// One already under way is left to the coordinator: removing a line from a plan should not silently stop agencies' work.
/// A redelivery finds the audit cancelled and changes nothing.
/// </summary>
public sealed class ScheduledItemRemovedConsumer(IDocumentStore store) : IConsumer<ScheduledItemRemoved>
{
    public async Task Consume(ConsumeContext<ScheduledItemRemoved> context)
    {
        var removed = context.Message;
        await using var session = store.LightweightSession(removed.PartnershipId);
        var stream = await session.Events.FetchForWriting<MultiAgencyAudit>(removed.ItemId, context.CancellationToken);
        if (stream.Aggregate is not { } audit || Cancellation(audit, removed) is not Decision.Accepted accepted)
        {
            return;
        }

        stream.AppendMany(accepted.Events);
        await session.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Cancelled with the programme's reason while still in scoping; anything else is left as it is.</summary>
    public static Decision Cancellation(MultiAgencyAudit audit, ScheduledItemRemoved removed) =>
        audit.Stage == AuditStage.Scoping
            ? AuditDecisions.Cancel(audit, new CancelAudit($"Removed from the programme: {removed.Reason}"), removed.Actor, removed.OccurredAt)
            : Decision.Refuse("The audit is under way; the coordinator decides.");
}
