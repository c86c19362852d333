using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Messaging;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Messaging;

/// <summary>What the rest of the system hears from Section11.</summary>
public sealed class Section11IntegrationEvents : OneToOneIntegrationEventMap
{
    protected override IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        Section11CycleOpened e => new Integration.Section11CycleOpened(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Year, e.Deadline),
        AssessmentSubmitted e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId),
        _ => null,
    };
}
