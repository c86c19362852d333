using Marten;
using MassTransit;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Audit.Erasure;

/// <summary>Records each service's confirmation on the erasure it answers; two arriving at once conflict and one is retried.</summary>
public sealed class CaseErasedConsumer(IDocumentStore store) : IConsumer<CaseErased>
{
    public async Task Consume(ConsumeContext<CaseErased> context)
    {
        await using var session = store.LightweightSession(context.Message.PartnershipId);
        var stream = await session.Events.FetchForWriting<CaseErasureRequest>(context.Message.ErasureId, context.CancellationToken);
        if (stream.Aggregate is not { } request)
        {
            return;
        }

        stream.AppendMany(CaseErasureDecisions.Confirm(request, context.Message));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
