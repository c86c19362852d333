using JasperFx.Events;
using Safeguarding.Contracts;

namespace Safeguarding.ServiceDefaults.Messaging;

/// <summary>
/// A service's allow-list: which of its domain events other services may hear about, and as what.
/// Returns null for an event that stays private to the service.
/// </summary>
public interface IIntegrationEventMap
{
    IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent);
}
