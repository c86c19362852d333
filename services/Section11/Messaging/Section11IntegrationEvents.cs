using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Messaging;

/// <summary>What the rest of the system hears from Section11. A domain event that becomes several messages gives each a message id derived from its own.</summary>
public sealed class Section11IntegrationEvents : IIntegrationEventMap
{
    public Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken) =>
        Task.FromResult(Map(domainEvent));

    public static IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent) => domainEvent.Data switch
    {
        IndicatorModerated e =>
        [
            new Integration.IndicatorModerated(
                domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Standard,
                IndicatorNumber.From(e.Indicator), SchemeKey.From(e.Scheme), ScoreCode.From(e.Score), e.Kind, e.Year, e.Rank, e.Weak),
            .. e.Weak
                ? [new Integration.WeakStandardIdentified(
                    DerivedId(domainEvent, "weak-standard"), domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId,
                    e.OrganisationId, e.Standard, e.StandardTitle, IndicatorNumber.From(e.Indicator), ScoreCode.From(e.Score), e.Rationale)]
                : Array.Empty<IIntegrationEvent>(),
        ],
        ActionPlanAgreed e =>
        [
            .. e.Actions.Select(a => new Integration.ActionRaised(
                DerivedId(domainEvent, a.ActionId.ToString()), domainEvent.TenantId, e.At, e.By, a.ActionId, e.AssessmentId, e.CycleId, e.Kind, e.Year,
                e.OrganisationId, a.Indicator is null ? null : IndicatorNumber.From(a.Indicator), a.What, a.Owner, a.DueDate)),
        ],
        _ => ToIntegrationEvent(domainEvent) is { } message ? [message] : [],
    };

    private static IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        Section11CycleOpened e => new Integration.CycleLaunched(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Framework.Kind, e.Year, e.Deadline, FrameworkKey.From(e.Framework.Key), SchemeKey.From(e.Scheme.Key)),
        AssessmentSubmitted e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Kind, e.Year, e.Scores ?? []),
        OrganisationsInvited e => new Integration.OrganisationsInvited(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Kind, e.Year, e.OrganisationIds, e.Deadline),
        ReturnReminderSent e => new Integration.ReturnReminderDue(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Kind, e.Year, e.OrganisationId, e.Deadline, e.Overdue),
        SharedSubmissionReceived e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Kind, e.Year, e.Scores ?? []),
        ChallengeRaised e => new Integration.AssessmentChallenged(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Kind, e.Year, e.ChallengeId, IndicatorNumber.From(e.Indicator)),
        FeedbackIssued e => new Integration.FeedbackIssued(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Kind, e.Year),
        CycleClosed e => new Integration.CycleClosed(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Kind, e.Year, e.Returned.Count, e.NotReturned),
        _ => null,
    };

    private static Guid DerivedId(IEvent domainEvent, string part) => DeterministicGuid.Create(domainEvent.Id.ToString(), part);
}
