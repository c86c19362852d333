using JasperFx.Events;
using Safeguarding.Contracts;

namespace Safeguarding.Testing.Producers;

/// <summary>A service as a producer: every event its decisions append goes through its own map, and what comes out is what it sent.</summary>
public abstract class Producer(ProducerClock clock)
{
    private readonly List<IIntegrationEvent> _sent = [];

    public ProducerClock Clock => clock;

    /// <summary>Every message the service has published so far, in the order its outbox would publish them.</summary>
    public IReadOnlyList<IIntegrationEvent> Sent => _sent;

    protected abstract IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter);

    /// <summary>A message the service sends from a consumer of its own, not through its stream's map.</summary>
    protected TMessage Send<TMessage>(TMessage message)
        where TMessage : IIntegrationEvent
    {
        _sent.Add(message);
        return message;
    }

    protected IReadOnlyList<IIntegrationEvent> Publish<T>(IReadOnlyList<(IEvent Event, T After)> appended)
        where T : class
    {
        var messages = appended.SelectMany(e => Map(e.Event, e.After)).ToList();
        _sent.AddRange(messages);
        return messages;
    }
}
