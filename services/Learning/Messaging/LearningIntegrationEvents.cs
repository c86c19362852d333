using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Learning.Actions;
using Safeguarding.ServiceDefaults.Messaging;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Messaging;

/// <summary>What the rest of the system hears from Learning.</summary>
public sealed class LearningIntegrationEvents : OneToOneIntegrationEventMap
{
    protected override IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        ImprovementActionRecorded e => new Integration.ImprovementActionRecorded(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ActionId, e.Title, e.OwnerOrganisationId, e.DueDate),
        _ => null,
    };
}
