using System.Security.Claims;
using JasperFx.Events;
using Marten;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// One step of a record's history as the API shows it: a public event name that stays the same when the code behind it
/// changes, a label people read, who took the step and when, the stream's version after it, and the details this
/// reader may see. Never a stored type name or a raw domain event.
/// </summary>
public sealed record HistoryEntry(long Version, string Event, string Label, DateTimeOffset At, string By, string? ByOrganisation, IReadOnlyList<HistoryDetail> Details);

/// <summary>One detail of a history step, as words: "organisation" = an id, "grade" = "good".</summary>
public sealed record HistoryDetail(string Name, string Value);

/// <summary>
/// What a service says of each event in a record's history: its public name and label, and which of its fields a reader
/// may see given the record as it stands. Every event the record's stream can hold is named here (a test checks it).
/// </summary>
public sealed class HistoryVocabulary<TRecord>
{
    private readonly Dictionary<Type, (string Name, string Label, Func<object, TRecord, ClaimsPrincipal, IEnumerable<HistoryDetail>> Details)> _entries = [];

    public IReadOnlyCollection<Type> EventTypes => _entries.Keys;

    public IEnumerable<string> Names => _entries.Values.Select(e => e.Name);

    public HistoryVocabulary<TRecord> Add<TEvent>(string name, string label, Func<TEvent, TRecord, ClaimsPrincipal, IEnumerable<HistoryDetail>>? details = null)
    {
        _entries[typeof(TEvent)] = (name, label, (e, record, reader) => details?.Invoke((TEvent)e, record, reader) ?? []);
        return this;
    }

    public HistoryEntry Describe(IEvent e, TRecord record, ClaimsPrincipal reader)
    {
        var (name, label, details) = _entries.TryGetValue(e.Data.GetType(), out var entry)
            ? entry
            : throw new InvalidOperationException($"{e.Data.GetType().Name} has no public name in the history of a {typeof(TRecord).Name}.");
        var by = e.Data is IDomainEvent fact ? fact.By : Contracts.Actor.System;
        return new HistoryEntry(e.Version, name, label, StreamTime.Of(e), by.Id, by.OrganisationId, [.. details(e.Data, record, reader)]);
    }

    /// <summary>The record's history as this reader may see it, or null when the partnership has no such record.</summary>
    public async Task<IReadOnlyList<HistoryEntry>?> ReadAsync(IQuerySession session, Guid streamId, TRecord record, ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        return events.Count == 0 ? null : [.. events.Select(e => Describe(e, record, reader))];
    }
}

public static class HistoryDetails
{
    public static HistoryDetail Of(string name, object value) =>
        new(name, value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        });
}

/// <summary>
/// When a step was taken, on one clock for the history and for "as it stood then": the time its decision was made,
/// not when the database committed it (a step decided at 10:04 is part of the record as it stood at 10:04).
/// </summary>
public static class StreamTime
{
    public static DateTimeOffset Of(IEvent e) => e.Data is IDomainEvent fact ? fact.At : e.Timestamp;

    /// <summary>The stream's version at <paramref name="time"/>: how many of its steps had been taken by then (0: none).</summary>
    public static async Task<long> VersionAtAsync(IQuerySession session, Guid streamId, DateTimeOffset time, CancellationToken cancellationToken) =>
        (await session.Events.FetchStreamAsync(streamId, token: cancellationToken)).TakeWhile(e => Of(e) <= time).LastOrDefault()?.Version ?? 0;
}
