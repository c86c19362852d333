using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Safeguarding.EventSourcing.Access;
using Weasel.Core;

namespace Safeguarding.Testing;

/// <summary>
/// An access log entry from years ago, for a journey through records past their period on a system whose clock cannot be
/// moved: written into the service's store as the service writes its log (a stream of one read, the partnership its tenant).
/// </summary>
public static class PastReads
{
    public static async Task WriteAsync(string connectionString, string partnership, string reader, DateTimeOffset at)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
            options.Events.TenancyStyle = TenancyStyle.Conjoined;
            options.Events.MetadataConfig.CorrelationIdEnabled = true;
            options.Events.MetadataConfig.CausationIdEnabled = true;
            options.AutoCreateSchemaObjects = AutoCreate.None;
        });
        await using var session = store.LightweightSession(partnership);
        session.Events.StartStream(Guid.NewGuid(), new RecordRead("AccessLog", "/api/reports/access-log", new Dictionary<string, Guid>(), reader, null, ["Coordinator"], null, at));
        await session.SaveChangesAsync();
    }
}
