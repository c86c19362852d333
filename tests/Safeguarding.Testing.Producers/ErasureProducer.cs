using JasperFx.Events;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Messaging;
using Safeguarding.Audit.Retention;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Requested = Safeguarding.Contracts.Privacy.CaseErasureRequested;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// A case's erasure: asked for in Audit by its own decision and map, and confirmed by a service as the shared erasure
/// consumer confirms it. Audit's retention check, which finds the cases to erase, runs here on the same clock.
/// </summary>
public sealed class ErasureProducer(string partnershipId, ProducerClock clock) : Producer(clock)
{
    public static readonly Actor Coordinator = new("erasure-coordinator", null);

    private readonly DomainStream<RetentionSchedule> _schedule = new(RetentionSchedule.IdFor(partnershipId), partnershipId, clock);

    public Requested Request(string caseKey)
    {
        var id = Guid.CreateVersion7();
        var erasure = new DomainStream<CaseErasureRequest>(id, partnershipId, Clock);
        Publish(erasure.Accept(CaseErasureDecisions.Request(new RequestCaseErasure(caseKey), id, Coordinator, Clock.Tick())));
        return Sent.OfType<Requested>().Last();
    }

    public CaseErased Confirm(Requested request, ErasingService service, int events, int documents) =>
        Send(CaseErasureConsumer.Confirmation(request, service, new ErasedRecords(events, documents), Clock.Tick()));

    /// <summary>The coordinator sets the partnership's retention periods in Audit: every service hears every period.</summary>
    public RetentionPeriodsChanged SetPeriods(params (RecordKind Kind, int Years)[] periods)
    {
        Publish(_schedule.Accept(RetentionDecisions.Set(_schedule.Id, new SetRetentionPeriods([.. periods.Select(p => new RetentionPeriodInput(p.Kind, p.Years))]), Coordinator, Clock.Tick())));
        return Sent.OfType<RetentionPeriodsChanged>().Last();
    }

    /// <summary>Audit's retention check over these audits, on the clock's day: what it told the coordinator, if anything.</summary>
    public IReadOnlyList<IIntegrationEvent> CheckRetention(IReadOnlyList<MultiAgencyAudit> audits)
    {
        var schedule = _schedule.Started ? _schedule.State : null;
        var due = RetentionDecisions.Due(audits, schedule, new HashSet<string>(), Clock.Today);
        return Publish(_schedule.Append(RetentionDecisions.Announce(_schedule.Id, schedule, due, Clock.Tick())));
    }

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) => domainEvent.Data switch
    {
        Safeguarding.Audit.Erasure.CaseErasureRequested requested => [AuditIntegrationEvents.ErasureRequest(domainEvent.Id, partnershipId, requested)],
        CasesFoundPastRetention found => [AuditIntegrationEvents.PastRetention(domainEvent.Id, partnershipId, found)],
        RetentionPeriodsSet set => [AuditIntegrationEvents.PeriodsChanged(domainEvent.Id, partnershipId, set)],
        _ => [],
    };
}
