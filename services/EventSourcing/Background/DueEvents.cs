using Marten;

namespace Safeguarding.EventSourcing.Background;

public static class DueEvents
{
    /// <summary>
    /// Appends what each record is due (a reminder, an overdue flag) at the version the check read it at, and saves once.
    /// A record that changed meanwhile fails the whole save; the next check decides again on fresh state. Answers how
    /// many events were saved.
    /// </summary>
    public static async Task<int> AppendWhereDueAsync<T>(
        this IDocumentSession session, IEnumerable<T> records, Func<T, Guid> streamId, Func<T, long> version, Func<T, IEnumerable<object>> due,
        CancellationToken cancellationToken)
    {
        var pending = 0;
        foreach (var record in records)
        {
            var events = due(record).ToArray();
            if (events.Length > 0)
            {
                session.Events.Append(streamId(record), version(record) + events.Length, events);
                pending += events.Length;
            }
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return pending;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return 0;
        }
    }
}
