using System.Reflection;
using JasperFx.Events;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// One aggregate's stream as its service keeps it: the service's decisions append events, each applied to the state as
/// Marten's generated code does (a static Create, then Apply per event) and kept with its id, version and partnership.
/// </summary>
public sealed class DomainStream<T>(Guid id, string partnershipId, ProducerClock clock)
    where T : class
{
    private readonly List<(IEvent Event, T After)> _history = [];

    public Guid Id => id;

    public T State => _history.Count > 0 ? _history[^1].After : throw new InvalidOperationException($"The {typeof(T).Name} stream {id} has not started.");

    public bool Started => _history.Count > 0;

    /// <summary>The decision must be accepted, as it would be for a valid request; anything else is a mistake in the test.</summary>
    public IReadOnlyList<(IEvent Event, T After)> Decide(Func<T, Decision> decide) => Append(Accepted(decide(State)));

    public IReadOnlyList<(IEvent Event, T After)> Accept(Decision decision) => Append(Accepted(decision));

    public IReadOnlyList<(IEvent Event, T After)> Append(params IEnumerable<object> events)
    {
        var appended = new List<(IEvent, T)>();
        foreach (var data in events)
        {
            var wrapped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
            wrapped.Id = Guid.CreateVersion7();
            wrapped.StreamId = id;
            wrapped.Version = _history.Count + 1;
            wrapped.TenantId = partnershipId;
            wrapped.Timestamp = clock.Now;
            var after = Started ? Applied(State, data) : Created(data);
            _history.Add((wrapped, after));
            appended.Add((wrapped, after));
        }

        return appended;
    }

    private static IReadOnlyList<object> Accepted(Decision decision) => decision switch
    {
        Decision.Accepted accepted => accepted.Events,
        Decision.Invalid invalid => throw new InvalidOperationException($"The producer refused the command as invalid: {string.Join("; ", invalid.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}"),
        Decision.NotAllowed refused => throw new InvalidOperationException($"The producer refused the command: {refused.Reason}"),
        Decision.Forbidden forbidden => throw new InvalidOperationException($"The producer forbade the command: {forbidden.Reason}"),
        _ => throw new InvalidOperationException("Unknown decision."),
    };

    private static T Created(object data) =>
        (T)(typeof(T).GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [data.GetType()])
            ?? throw new InvalidOperationException($"{typeof(T).Name} cannot start from {data.GetType().Name}.")).Invoke(null, [data])!;

    private static T Applied(T state, object data) =>
        typeof(T).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [data.GetType()]) is { } apply ? (T)apply.Invoke(state, [data])! : state;
}
