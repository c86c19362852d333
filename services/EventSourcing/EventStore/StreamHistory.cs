using Marten;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>One step of a stream's history, as a reader sees it.</summary>
public sealed record HistoryEntry(long Version, string Event, DateTimeOffset At, string By, string? ByOrganisation, object Data);

public static class StreamHistory
{
    /// <summary>The stream's events in order, or null when the stream does not exist for the session's partnership.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>?> ReadAsync(IQuerySession session, Guid streamId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }

        return events
            .Select(e => e.Data is IDomainEvent fact
                ? new HistoryEntry(e.Version, e.EventTypeName, fact.At, fact.By.Id, fact.By.OrganisationId, e.Data)
                : new HistoryEntry(e.Version, e.EventTypeName, e.Timestamp, "system", null, e.Data))
            .ToList();
    }
}
