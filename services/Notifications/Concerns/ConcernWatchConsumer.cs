using Marten;
using MassTransit;
using Safeguarding.Contracts.Audit;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.WorkingDays;

namespace Safeguarding.Notifications.Concerns;

/// <summary>
/// Starts the clock on each immediate concern (at the partnership's target when it was raised) and stops it when the
/// agency acknowledges; redelivery stores the same rows again.
/// </summary>
public sealed class ConcernWatchConsumer(IDocumentStore store) : IConsumer<ImmediateConcernRaised>, IConsumer<ImmediateConcernAcknowledged>
{
    public async Task Consume(ConsumeContext<ImmediateConcernRaised> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<ConcernWatch>(m.ConcernId, context.CancellationToken) is not null)
        {
            return;
        }

        var target = (await SettingsEndpoints.SettingsOf(session, m.PartnershipId, context.CancellationToken)).ConcernTargetWorkingDays;
        session.Store(new ConcernWatch(m.ConcernId, m.AuditId, m.OwnerOrganisationId, m.OccurredAt,
            ConcernEscalation.Due(m.OccurredAt, target, await PartnershipClosures.CalendarOfAsync(session, context.CancellationToken)), target));
        await session.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ImmediateConcernAcknowledged> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        session.Store(new ConcernAcknowledgement(m.ConcernId, m.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
