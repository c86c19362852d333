using JasperFx.Events;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Messaging;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Requested = Safeguarding.Contracts.Privacy.CaseErasureRequested;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// A case's erasure: asked for in Audit by its own decision and map, and confirmed by a service as the shared erasure
/// consumer confirms it.
/// </summary>
public sealed class ErasureProducer(string partnershipId, ProducerClock clock) : Producer(clock)
{
    public static readonly Actor Coordinator = new("erasure-coordinator", null);

    public Requested Request(string caseKey)
    {
        var id = Guid.CreateVersion7();
        var erasure = new DomainStream<CaseErasureRequest>(id, partnershipId, Clock);
        Publish(erasure.Accept(CaseErasureDecisions.Request(new RequestCaseErasure(caseKey), id, Coordinator, Clock.Tick())));
        return Sent.OfType<Requested>().Last();
    }

    public CaseErased Confirm(Requested request, ErasingService service, int events, int documents) =>
        Send(CaseErasureConsumer.Confirmation(request, service, new ErasedRecords(events, documents), Clock.Tick()));

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) =>
        [AuditIntegrationEvents.ErasureRequest(domainEvent.Id, partnershipId, (Safeguarding.Audit.Erasure.CaseErasureRequested)domainEvent.Data)];
}
