using Marten;
using MassTransit;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>This service's copy of the partnership's retention periods, as Audit (which keeps them) last announced them.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadAccessLog)]
public sealed record KeptPeriods([NotPersonal("The copy's fixed name.")] string Id, IReadOnlyDictionary<RecordKind, int> Years, DateTimeOffset SetAt)
{
    public const string OnlyId = "retention-periods";

    /// <summary>The whole years a kind of record is kept in the session's partnership: its own period, or the default.</summary>
    public static async Task<int> YearsAsync(IQuerySession session, RecordKind kind, CancellationToken cancellationToken) =>
        (await session.LoadAsync<KeptPeriods>(OnlyId, cancellationToken))?.Years.GetValueOrDefault(kind) is > 0 and var years
            ? years
            : RetentionDefaults.Years[kind];
}

/// <summary>Keeps the copy current; a message older than the copy (redelivered, or overtaken) changes nothing.</summary>
public sealed class KeptPeriodsConsumer(IDocumentStore store) : IConsumer<RetentionPeriodsChanged>
{
    public async Task Consume(ConsumeContext<RetentionPeriodsChanged> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<KeptPeriods>(KeptPeriods.OnlyId, context.CancellationToken) is { } kept && kept.SetAt >= m.OccurredAt)
        {
            return;
        }

        session.Store(new KeptPeriods(KeptPeriods.OnlyId, m.Years, m.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
