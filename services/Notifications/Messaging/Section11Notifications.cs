using MassTransit;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Messaging;

/// <summary>
/// What Section11 needs organisations to do: each one invited to a self-assessment hears it, is reminded as the
/// deadline nears and when it has passed, and hears when its return is challenged and when feedback is issued; an
/// agency at its Section 11 lead, a school at its designated safeguarding lead.
/// </summary>
public sealed class Section11Notifications(Notify notify, IOptions<MailOptions> mail) :
    IConsumer<OrganisationsInvited>, IConsumer<ReturnReminderDue>, IConsumer<AssessmentChallenged>, IConsumer<FeedbackIssued>
{
    public async Task Consume(ConsumeContext<OrganisationsInvited> context)
    {
        var m = context.Message;
        foreach (var organisation in m.OrganisationIds)
        {
            await Tell(context, NotificationKind.SelfAssessmentInvited, organisation, m.Kind, m.CycleId, m.Year, ("due", MessageWords.LongDate(m.Deadline)));
        }
    }

    public Task Consume(ConsumeContext<ReturnReminderDue> context)
    {
        var m = context.Message;
        var kind = m.Overdue ? NotificationKind.SelfAssessmentOverdue : NotificationKind.SelfAssessmentReminder;
        return Tell(context, kind, m.OrganisationId, m.Kind, m.CycleId, m.Year, ("due", MessageWords.LongDate(m.Deadline)));
    }

    public Task Consume(ConsumeContext<AssessmentChallenged> context)
    {
        var m = context.Message;
        return Tell(context, NotificationKind.SelfAssessmentChallenged, m.OrganisationId, m.Kind, m.CycleId, m.Year, ("indicator", m.Indicator.Value));
    }

    public Task Consume(ConsumeContext<FeedbackIssued> context)
    {
        var m = context.Message;
        return Tell(context, NotificationKind.SelfAssessmentFeedback, m.OrganisationId, m.Kind, m.CycleId, m.Year);
    }

    public static ContactRole LeadFor(SelfAssessmentKind kind) =>
        kind == SelfAssessmentKind.Section175 ? ContactRole.DesignatedSafeguardingLead : ContactRole.Section11Lead;

    /// <summary>One message to the organisation's lead for the assessment, linking to its return.</summary>
    private Task Tell<T>(
        ConsumeContext<T> context, NotificationKind kind, Guid organisationId, SelfAssessmentKind assessment, Guid cycleId, int year,
        params (string Name, string Value)[] values)
        where T : class, IIntegrationEvent
    {
        var message = context.Message;
        return notify.OnceAsync(message.PartnershipId, new NotificationRequest(
            kind, message.EventId, organisationId, LeadFor(assessment), false,
            mail.Value.LinkTo($"/self-assessments/{assessment.ToString().ToLowerInvariant()}/{cycleId}"),
            new Dictionary<string, string>(values.Select(v => KeyValuePair.Create(v.Name, v.Value)))
            {
                ["assessment"] = MessageWords.Assessment(assessment),
                ["year"] = MessageWords.Number(year),
            }), context.CancellationToken);
    }
}
