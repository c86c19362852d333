using Safeguarding.Contracts;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>Every domain event says who did it and when, so a stream's history answers "who decided what, when".</summary>
public interface IDomainEvent
{
    Actor By { get; }

    DateTimeOffset At { get; }
}
