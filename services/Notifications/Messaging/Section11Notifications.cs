using MassTransit;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Messaging;

/// <summary>
/// What Section11 needs organisations to do: each one invited to a self-assessment hears it, and is reminded as the
/// deadline nears and when it has passed; an agency at its Section 11 lead, a school at its designated safeguarding lead.
/// </summary>
public sealed class Section11Notifications(Notify notify, IOptions<MailOptions> mail) : IConsumer<OrganisationsInvited>, IConsumer<ReturnReminderDue>
{
    public async Task Consume(ConsumeContext<OrganisationsInvited> context)
    {
        var m = context.Message;
        foreach (var organisation in m.OrganisationIds)
        {
            await notify.OnceAsync(m.PartnershipId, Request(NotificationKind.SelfAssessmentInvited, m.EventId, organisation, m.Kind, m.CycleId, m.Year, m.Deadline),
                context.CancellationToken);
        }
    }

    public Task Consume(ConsumeContext<ReturnReminderDue> context)
    {
        var m = context.Message;
        var kind = m.Overdue ? NotificationKind.SelfAssessmentOverdue : NotificationKind.SelfAssessmentReminder;
        return notify.OnceAsync(m.PartnershipId, Request(kind, m.EventId, m.OrganisationId, m.Kind, m.CycleId, m.Year, m.Deadline), context.CancellationToken);
    }

    public static ContactRole LeadFor(SelfAssessmentKind kind) =>
        kind == SelfAssessmentKind.Section175 ? ContactRole.DesignatedSafeguardingLead : ContactRole.Section11Lead;

    private NotificationRequest Request(
        NotificationKind kind, Guid sourceEventId, Guid organisationId, SelfAssessmentKind assessment, Guid cycleId, int year, DateOnly deadline) =>
        new(kind, sourceEventId, organisationId, LeadFor(assessment), false,
            mail.Value.LinkTo($"/self-assessments/{assessment.ToString().ToLowerInvariant()}/{cycleId}"),
            new Dictionary<string, string>
            {
                ["assessment"] = MessageWords.Assessment(assessment),
                ["year"] = MessageWords.Number(year),
                ["due"] = MessageWords.LongDate(deadline),
            });
}
