using System.Linq.Expressions;
using Marten;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>
/// A kind of record a service keeps whose age it can tell: how many of a partnership's are older than a day, and
/// erasing those in the caller's session, so the erasure and its record commit together.
/// </summary>
public interface IRetainedRecords
{
    RecordKind Kind { get; }

    Task<int> CountBeforeAsync(IQuerySession session, DateTimeOffset before, CancellationToken cancellationToken);

    Task EraseBeforeAsync(IDocumentSession session, DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>
/// The access log: each read is a stream of one event, deleted whole (its stream with it) once older than the period.
/// Read by the time the service's clock gave the read, which the log is read by too.
/// </summary>
public sealed class AccessLogRecords : IRetainedRecords
{
    private static readonly string StoredType = $"{typeof(RecordRead).FullName}, {typeof(RecordRead).Assembly.GetName().Name}";

    public RecordKind Kind => RecordKind.AccessLogs;

    public Task<int> CountBeforeAsync(IQuerySession session, DateTimeOffset before, CancellationToken cancellationToken) =>
        session.Events.QueryRawEventDataOnly<RecordRead>().CountAsync(r => r.At < before, cancellationToken);

    public Task EraseBeforeAsync(IDocumentSession session, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        session.QueueSqlCommand(
            $"with gone as (delete from {schema}.mt_events where tenant_id = ? and mt_dotnet_type = ? and (data ->> 'At')::timestamptz < ? returning stream_id)"
            + $" delete from {schema}.mt_streams where tenant_id = ? and id in (select stream_id from gone)",
            session.TenantId, StoredType, before, session.TenantId);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Records kept as streams, each with its inline snapshot <typeparamref name="T"/>, aged by a moment the snapshot holds
/// (a message by when it was queued): each snapshot older than the period goes, and its stream with every event.
/// </summary>
public sealed class StreamRecords<T>(RecordKind kind, Func<DateTimeOffset, Expression<Func<T, bool>>> from, Expression<Func<T, Guid>> id) : IRetainedRecords
    where T : class
{
    public RecordKind Kind => kind;

    /// <summary>Records that belong to a year, kept from its end: those of a year before the cut-off day's are due.</summary>
    public static StreamRecords<T> ByYear(RecordKind kind, Expression<Func<T, int>> year, Expression<Func<T, Guid>> id) =>
        new(kind, before => Expression.Lambda<Func<T, bool>>(Expression.LessThan(year.Body, Expression.Constant(before.UtcDateTime.Year)), year.Parameters), id);

    public Task<int> CountBeforeAsync(IQuerySession session, DateTimeOffset before, CancellationToken cancellationToken) =>
        session.Query<T>().CountAsync(from(before), cancellationToken);

    public async Task EraseBeforeAsync(IDocumentSession session, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var streams = (await session.Query<T>().Where(from(before)).Select(id).ToListAsync(cancellationToken)).ToArray();
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        session.DeleteWhere(from(before));
        session.QueueSqlCommand($"delete from {schema}.mt_events where tenant_id = ? and stream_id = any(?)", session.TenantId, streams);
        session.QueueSqlCommand($"delete from {schema}.mt_streams where tenant_id = ? and id = any(?)", session.TenantId, streams);
    }
}
