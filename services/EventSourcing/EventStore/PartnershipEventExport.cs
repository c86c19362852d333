using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeguarding.EventSourcing.Access;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>One event of a partnership's history, as it leaves the system: JSON lines, one per event, in order.</summary>
public sealed record ExportedEvent(Guid StreamId, long Version, long Sequence, string Type, DateTimeOffset Timestamp, object Data);

/// <summary>
/// Every event of every stream the caller's partnership owns in this service, as JSON lines, so a partnership can leave
/// with all its data. The whole of Reporting's full export is built from these.
/// </summary>
public static class PartnershipEventExport
{
    public const string ContentType = "application/x-ndjson";

    public static IEndpointRouteBuilder MapPartnershipEventExport(this IEndpointRouteBuilder app, string path)
    {
        app.MapGet(path, ExportAsync).WithTags("Data export").RequireAuthorization(Policies.ExportPartnershipData).ExcludeFromDescription();
        return app;
    }

    /// <summary>Every event of the caller's partnership; the export is itself recorded in the access log first.</summary>
    private static async Task ExportAsync(IQuerySession session, HttpContext http, CancellationToken cancellationToken)
    {
        await AccessLog.RecordAsync(http, "event-export");
        http.Response.ContentType = ContentType;
        await WriteAsync(session, http.Response.Body, cancellationToken);
    }

    /// <summary>Writes the session's partnership's events as JSON lines; answers how many.</summary>
    public static async Task<long> WriteAsync(IQuerySession session, Stream output, CancellationToken cancellationToken)
    {
        var written = 0L;
        await foreach (var e in session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToAsyncEnumerable(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(output, new ExportedEvent(e.StreamId, e.Version, e.Sequence, e.EventTypeName, e.Timestamp, e.Data), JsonOptions, cancellationToken);
            await output.WriteAsync(NewLine, cancellationToken);
            written++;
        }

        return written;
    }

    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
