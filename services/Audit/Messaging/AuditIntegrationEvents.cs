using JasperFx.Events;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Messaging;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Messaging;

/// <summary>What the rest of the system hears from Audit. Case-level detail never leaves the service.</summary>
public sealed class AuditIntegrationEvents : IIntegrationEventMap
{
    public IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        AuditOpened e => new Integration.AuditOpened(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AuditId, e.Theme, e.Year, e.Quarter),
        _ => null,
    };
}
