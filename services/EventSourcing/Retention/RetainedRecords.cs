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

    void EraseBefore(IDocumentSession session, DateTimeOffset before);
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

    public void EraseBefore(IDocumentSession session, DateTimeOffset before)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        session.QueueSqlCommand(
            $"with gone as (delete from {schema}.mt_events where tenant_id = ? and mt_dotnet_type = ? and (data ->> 'At')::timestamptz < ? returning stream_id)"
            + $" delete from {schema}.mt_streams where tenant_id = ? and id in (select stream_id from gone)",
            session.TenantId, StoredType, before, session.TenantId);
    }
}
