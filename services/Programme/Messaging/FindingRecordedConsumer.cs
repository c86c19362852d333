using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using FindingRecorded = Safeguarding.Contracts.Audit.FindingRecorded;

namespace Safeguarding.Programme.Messaging;

/// <summary>The loop from audits: an area for development an audit found becomes a candidate priority linked to its finding.</summary>
public sealed class FindingRecordedConsumer(IDocumentStore store) : IConsumer<FindingRecorded>
{
    public Task Consume(ConsumeContext<FindingRecorded> context)
    {
        var finding = context.Message;
        return finding.Kind != FindingKind.AreaForDevelopment
            ? Task.CompletedTask
            : CandidatePriorities.ProposeOnceAsync(
                store,
                finding.PartnershipId,
                new PriorityDetails(PriorityRoute.KnownConcern, finding.Theme.Value, finding.Text,
                    new PrioritySource(PrioritySourceKind.AuditFinding, finding.FindingId.ToString(), $"Audit {finding.AuditId}: {finding.Theme} ({finding.Year})"), null),
                finding.Actor,
                finding.OccurredAt,
                context.CancellationToken);
    }
}
