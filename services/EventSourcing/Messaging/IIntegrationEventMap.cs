using JasperFx.Events;
using Safeguarding.Contracts;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>
/// A service's allow-list: which of its domain events other services may hear about, and as what. One domain event
/// may become several messages (one per agency, say) or none (an event that stays private to the service). Each
/// message's EventId is its MessageId: the domain event's id, or one derived from it, so a replay sends the same ids.
/// </summary>
public interface IIntegrationEventMap
{
    Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>For a service whose messages each follow from one domain event alone.</summary>
public abstract class OneToOneIntegrationEventMap : IIntegrationEventMap
{
    public Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IIntegrationEvent>>(ToIntegrationEvent(domainEvent) is { } message ? [message] : []);

    protected abstract IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent);
}
