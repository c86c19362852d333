using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;
using Safeguarding.Reporting.Inbox;

namespace Safeguarding.Reporting.Messaging;

/// <summary>
/// One queue for every integration event Reporting reads; each lands in the log once, whatever the order. The list of
/// consumed types here is also the list of event types the log knows.
/// </summary>
public sealed class IntegrationEventInbox(IDocumentStore store) :
    IConsumer<OrganisationRegistered>,
    IConsumer<OrganisationUpdated>,
    IConsumer<AuditProgrammeCreated>,
    IConsumer<AuditScheduled>,
    IConsumer<Section11CycleScheduled>,
    IConsumer<Section175CycleScheduled>,
    IConsumer<ProgrammePublished>,
    IConsumer<ScheduledItemDue>,
    IConsumer<ScheduledItemOverdue>,
    IConsumer<ScheduledItemRemoved>,
    IConsumer<PriorityAccepted>,
    IConsumer<AuditOpened>,
    IConsumer<AuditScoped>,
    IConsumer<CaseGraded>,
    IConsumer<ReturnRequested>,
    IConsumer<ReturnSubmitted>,
    IConsumer<ReturnsClosed>,
    IConsumer<FindingRecorded>,
    IConsumer<ImmediateConcernRaised>,
    IConsumer<AuditReportApproved>,
    IConsumer<AuditClosed>,
    IConsumer<AuditCancelled>,
    IConsumer<CycleLaunched>,
    IConsumer<OrganisationsInvited>,
    IConsumer<AssessmentSubmitted>,
    IConsumer<IndicatorModerated>,
    IConsumer<ReturnReminderDue>,
    IConsumer<CycleClosed>,
    IConsumer<ActionCreated>,
    IConsumer<ActionStatusChanged>,
    IConsumer<ActionOverdue>,
    IConsumer<ActionClosed>,
    IConsumer<ReviewOpened>,
    IConsumer<ReviewDecisionRecorded>,
    IConsumer<ReviewDeadlineSet>,
    IConsumer<ReviewDeadlineMet>,
    IConsumer<ReviewDeadlineAtRisk>,
    IConsumer<BriefingPublished>,
    IConsumer<TrainingFeedbackReceived>,
    IConsumer<ClosureDaysChanged>
{
    public static IReadOnlyList<Type> MessageTypes { get; } =
    [
        .. typeof(IntegrationEventInbox).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0]),
    ];

    public Task Consume(ConsumeContext<OrganisationRegistered> context) => Record(context);

    public Task Consume(ConsumeContext<OrganisationUpdated> context) => Record(context);

    public Task Consume(ConsumeContext<AuditProgrammeCreated> context) => Record(context);

    public Task Consume(ConsumeContext<AuditScheduled> context) => Record(context);

    public Task Consume(ConsumeContext<Section11CycleScheduled> context) => Record(context);

    public Task Consume(ConsumeContext<Section175CycleScheduled> context) => Record(context);

    public Task Consume(ConsumeContext<ProgrammePublished> context) => Record(context);

    public Task Consume(ConsumeContext<ScheduledItemDue> context) => Record(context);

    public Task Consume(ConsumeContext<ScheduledItemOverdue> context) => Record(context);

    public Task Consume(ConsumeContext<ScheduledItemRemoved> context) => Record(context);

    public Task Consume(ConsumeContext<PriorityAccepted> context) => Record(context);

    public Task Consume(ConsumeContext<AuditOpened> context) => Record(context);

    public Task Consume(ConsumeContext<AuditScoped> context) => Record(context);

    public Task Consume(ConsumeContext<CaseGraded> context) => Record(context);

    public Task Consume(ConsumeContext<ReturnRequested> context) => Record(context);

    public Task Consume(ConsumeContext<ReturnSubmitted> context) => Record(context);

    public Task Consume(ConsumeContext<ReturnsClosed> context) => Record(context);

    public Task Consume(ConsumeContext<FindingRecorded> context) => Record(context);

    /// <summary>Reporting counts concerns; the case key and summary are the owning agency's business, not the log's.</summary>
    public Task Consume(ConsumeContext<ImmediateConcernRaised> context) =>
        IntegrationEventLog.AppendOnceAsync(store, context.Message with { CaseKey = CaseKey.Withheld, Summary = "" }, MessageIdOf(context), context.CancellationToken);

    public Task Consume(ConsumeContext<AuditReportApproved> context) => Record(context);

    public Task Consume(ConsumeContext<AuditClosed> context) => Record(context);

    public Task Consume(ConsumeContext<AuditCancelled> context) => Record(context);

    public Task Consume(ConsumeContext<CycleLaunched> context) => Record(context);

    public Task Consume(ConsumeContext<OrganisationsInvited> context) => Record(context);

    public Task Consume(ConsumeContext<AssessmentSubmitted> context) => Record(context);

    public Task Consume(ConsumeContext<IndicatorModerated> context) => Record(context);

    public Task Consume(ConsumeContext<ReturnReminderDue> context) => Record(context);

    public Task Consume(ConsumeContext<CycleClosed> context) => Record(context);

    public Task Consume(ConsumeContext<ActionCreated> context) => Record(context);

    public Task Consume(ConsumeContext<ActionStatusChanged> context) => Record(context);

    public Task Consume(ConsumeContext<ActionOverdue> context) => Record(context);

    public Task Consume(ConsumeContext<ActionClosed> context) => Record(context);

    public Task Consume(ConsumeContext<ReviewOpened> context) => Record(context);

    public Task Consume(ConsumeContext<ReviewDecisionRecorded> context) => Record(context);

    public Task Consume(ConsumeContext<ReviewDeadlineSet> context) => Record(context);

    public Task Consume(ConsumeContext<ReviewDeadlineMet> context) => Record(context);

    public Task Consume(ConsumeContext<ReviewDeadlineAtRisk> context) => Record(context);

    public Task Consume(ConsumeContext<BriefingPublished> context) => Record(context);

    public Task Consume(ConsumeContext<TrainingFeedbackReceived> context) => Record(context);

    public Task Consume(ConsumeContext<ClosureDaysChanged> context) => Record(context);

    private static Guid MessageIdOf<T>(ConsumeContext<T> context)
        where T : class, IIntegrationEvent => context.MessageId ?? context.Message.EventId;

    private Task<bool> Record<T>(ConsumeContext<T> context)
        where T : class, IIntegrationEvent =>
        IntegrationEventLog.AppendOnceAsync(store, context.Message, MessageIdOf(context), context.CancellationToken);
}
