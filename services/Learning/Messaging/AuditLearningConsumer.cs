using Marten;
using MassTransit;
using Safeguarding.Learning.Briefings;
using AuditReportApproved = Safeguarding.Contracts.Audit.AuditReportApproved;
using FindingRecorded = Safeguarding.Contracts.Audit.FindingRecorded;

namespace Safeguarding.Learning.Messaging;

/// <summary>Keeps the copies, one document per message, so messages handled side by side never overwrite each other.</summary>
public sealed class AuditLearningConsumer(IDocumentStore store) : IConsumer<FindingRecorded>, IConsumer<AuditReportApproved>
{
    public Task Consume(ConsumeContext<FindingRecorded> context)
    {
        var m = context.Message;
        return StoreAsync(m.PartnershipId, new AuditFindingCopy(m.FindingId, m.AuditId, m.Theme.Value, m.Year, m.Kind, m.Text), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<AuditReportApproved> context)
    {
        var m = context.Message;
        return StoreAsync(m.PartnershipId, new AuditReportCopy(m.AuditId, m.Theme.Value, m.Year, m.Summary), context.CancellationToken);
    }

    private async Task StoreAsync<T>(string partnershipId, T copy, CancellationToken cancellationToken)
        where T : notnull
    {
        await using var session = store.LightweightSession(partnershipId);
        session.Store(copy);
        await session.SaveChangesAsync(cancellationToken);
    }
}
