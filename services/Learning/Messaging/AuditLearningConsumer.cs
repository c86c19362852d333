using Marten;
using MassTransit;
using Safeguarding.Learning.Briefings;
using AuditReportApproved = Safeguarding.Contracts.Audit.AuditReportApproved;
using FindingRecorded = Safeguarding.Contracts.Audit.FindingRecorded;

namespace Safeguarding.Learning.Messaging;

/// <summary>Keeps the copies, one document per message, so messages handled side by side never overwrite each other.</summary>
public sealed class AuditLearningConsumer(IDocumentStore store) : IConsumer<FindingRecorded>, IConsumer<AuditReportApproved>
{
    public Task Consume(ConsumeContext<FindingRecorded> context) => StoreAsync(context.Message.PartnershipId, Copy(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<AuditReportApproved> context) => StoreAsync(context.Message.PartnershipId, Copy(context.Message), context.CancellationToken);

    public static AuditFindingCopy Copy(FindingRecorded m) => new(m.FindingId, m.AuditId, m.Theme.Value, m.Year, m.Kind, m.Text);

    public static AuditReportCopy Copy(AuditReportApproved m) => new(m.AuditId, m.Theme.Value, m.Year, m.Summary);

    private async Task StoreAsync<T>(string partnershipId, T copy, CancellationToken cancellationToken)
        where T : notnull
    {
        await using var session = store.LightweightSession(partnershipId);
        session.Store(copy);
        await session.SaveChangesAsync(cancellationToken);
    }
}
