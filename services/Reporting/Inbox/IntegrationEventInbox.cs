using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;

namespace Safeguarding.Reporting.Inbox;

/// <summary>One queue for every integration event Reporting reads; each lands in the log once, whatever the order.</summary>
public sealed class IntegrationEventInbox(IDocumentStore store) :
    IConsumer<OrganisationRegistered>,
    IConsumer<AuditProgrammeCreated>,
    IConsumer<AuditScheduled>,
    IConsumer<AuditOpened>,
    IConsumer<CycleLaunched>,
    IConsumer<ActionCreated>
{
    public Task Consume(ConsumeContext<OrganisationRegistered> context) => Record(context);

    public Task Consume(ConsumeContext<AuditProgrammeCreated> context) => Record(context);

    public Task Consume(ConsumeContext<AuditScheduled> context) => Record(context);

    public Task Consume(ConsumeContext<AuditOpened> context) => Record(context);

    public Task Consume(ConsumeContext<CycleLaunched> context) => Record(context);

    public Task Consume(ConsumeContext<ActionCreated> context) => Record(context);

    private async Task Record<T>(ConsumeContext<T> context)
        where T : class, IIntegrationEvent =>
        await IntegrationEventLog.AppendOnceAsync(store, context.Message, context.MessageId ?? context.Message.EventId, context.CancellationToken);
}
