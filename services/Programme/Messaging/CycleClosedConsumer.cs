using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Programme.Programmes;
using CycleClosed = Safeguarding.Contracts.Section11.CycleClosed;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// A Section 11 or Section 175 cycle closed in the Section11 service: the cycle of that kind on the same year's programme
/// is done. Redelivery finds it done already.
/// </summary>
public sealed class CycleClosedConsumer(IDocumentStore store) : IConsumer<CycleClosed>
{
    public async Task Consume(ConsumeContext<CycleClosed> context)
    {
        var closed = context.Message;
        await using var session = store.LightweightSession(closed.PartnershipId);
        var programme = await session.Query<AuditProgramme>().Where(p => p.Year == closed.Year).FirstOrDefaultAsync(context.CancellationToken);
        if (programme is null)
        {
            return;
        }

        var stream = await session.Events.FetchForWriting<AuditProgramme>(programme.Id, context.CancellationToken);
        stream.AppendMany(Completions(stream.Aggregate!, closed));
        await session.SaveChangesAsync(context.CancellationToken);
    }

    public static IReadOnlyList<ProgrammeItemCompleted> Completions(AuditProgramme programme, CycleClosed closed)
    {
        var kind = closed.Kind == SelfAssessmentKind.Section175 ? ScheduledItemKind.Section175Cycle : ScheduledItemKind.Section11Cycle;
        return [.. programme.Items.Where(i => i.Kind == kind).SelectMany(item => ProgrammeDecisions.Complete(programme, item.ItemId, "cycle-closed", closed.OccurredAt))];
    }
}
