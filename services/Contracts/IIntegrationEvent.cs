namespace Safeguarding.Contracts;

/// <summary>
/// What every message between services carries. Integration events are the only types services share;
/// each is versioned by its message URN, so a breaking change is a new record with a new URN.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    /// <summary>The partnership (the tenant) the event belongs to: a consumer opens its session for it, nothing more.</summary>
    [Identifier]
    string PartnershipId { get; }

    DateTimeOffset OccurredAt { get; }

    Actor Actor { get; }
}
