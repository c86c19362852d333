using Marten;
using MassTransit;
using Safeguarding.Programme.Programmes;
using AuditClosed = Safeguarding.Contracts.Audit.AuditClosed;

namespace Safeguarding.Programme.Messaging;

/// <summary>An audit closed in the Audit service: its item on the programme is done. Redelivery finds it done already.</summary>
public sealed class AuditClosedConsumer(IDocumentStore store) : IConsumer<AuditClosed>
{
    public async Task Consume(ConsumeContext<AuditClosed> context)
    {
        var closed = context.Message;
        await using var session = store.LightweightSession(closed.PartnershipId);
        var programme = await session.Query<AuditProgramme>().Where(p => p.Items.Any(i => i.ItemId == closed.AuditId)).FirstOrDefaultAsync(context.CancellationToken);
        if (programme is null)
        {
            return;
        }

        var stream = await session.Events.FetchForWriting<AuditProgramme>(programme.Id, context.CancellationToken);
        stream.AppendMany(Completion(stream.Aggregate!, closed));
        await session.SaveChangesAsync(context.CancellationToken);
    }

    public static IReadOnlyList<ProgrammeItemCompleted> Completion(AuditProgramme programme, AuditClosed closed) =>
        ProgrammeDecisions.Complete(programme, closed.AuditId, "audit-closed", closed.OccurredAt);
}
