using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Notifications.WorkingDays;

namespace Safeguarding.Notifications.Returns;

/// <summary>
/// Watches each agency's returns from the request on, counts them in, and stops when the audit takes no more; each
/// message writes rows of its own, so the order they arrive in does not matter and redelivery stores the same rows.
/// </summary>
public sealed class ReturnsWatchConsumer(IDocumentStore store) :
    IConsumer<ReturnRequested>, IConsumer<ReturnSubmitted>, IConsumer<ReturnsClosed>, IConsumer<AuditCancelled>
{
    public async Task Consume(ConsumeContext<ReturnRequested> context)
    {
        var m = context.Message;
        var id = ReturnsWatch.IdFor(m.AuditId, m.OrganisationId);
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<ReturnsWatch>(id, context.CancellationToken) is not null)
        {
            return;
        }

        session.Store(new ReturnsWatch(id, m.AuditId, m.OrganisationId, m.Theme.Value, m.Cases, m.ReturnsDue,
            LateReturns.RemindAt(m.ReturnsDue, await PartnershipClosures.CalendarOfAsync(session, context.CancellationToken))));
        await session.SaveChangesAsync(context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ReturnSubmitted> context) =>
        Store(context.Message, new ReturnReceived(context.Message.ReturnKey, context.Message.AuditId, context.Message.OrganisationId), context.CancellationToken);

    public Task Consume(ConsumeContext<ReturnsClosed> context) => Store(context.Message, new ReturnsNoLongerTaken(context.Message.AuditId), context.CancellationToken);

    public Task Consume(ConsumeContext<AuditCancelled> context) => Store(context.Message, new ReturnsNoLongerTaken(context.Message.AuditId), context.CancellationToken);

    private async Task Store<T>(IIntegrationEvent source, T row, CancellationToken cancellationToken)
        where T : notnull
    {
        await using var session = store.LightweightSession(source.PartnershipId);
        session.Store(row);
        await session.SaveChangesAsync(cancellationToken);
    }
}
