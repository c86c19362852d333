using Marten;
using MassTransit;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts.Programme;

namespace Safeguarding.Audit.Messaging;

/// <summary>
/// Opens the audit the programme scheduled. Delivery is at least once: the audit id is the natural key, so a
/// redelivered schedule finds its stream already there and changes nothing.
/// </summary>
public sealed class AuditScheduledConsumer(IDocumentStore store) : IConsumer<AuditScheduled>
{
    public async Task Consume(ConsumeContext<AuditScheduled> context)
    {
        var scheduled = context.Message;
        await using var session = store.LightweightSession(scheduled.PartnershipId);
        if (await session.Events.FetchStreamStateAsync(scheduled.AuditId, context.CancellationToken) is not null)
        {
            return;
        }

        session.Events.StartStream<MultiAgencyAudit>(scheduled.AuditId, AuditDecisions.Open(scheduled));
        try
        {
            await session.SaveChangesAsync(context.CancellationToken);
        }
        catch (Exception ex) when (ex is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            // The same schedule, delivered twice at once: the other delivery opened it.
        }
    }
}
