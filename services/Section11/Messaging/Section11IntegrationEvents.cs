using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Messaging;
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
                domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Standard, e.Indicator, e.Scheme, e.Score,
                KindOf(e.Kind), e.Year, e.Rank, e.Weak),
            .. e.Weak
                ? [new Integration.WeakStandardIdentified(
                    DerivedId(domainEvent, "weak-standard"), domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId,
                    e.OrganisationId, e.Standard, e.StandardTitle, e.Indicator, e.Score, e.Rationale)]
                : Array.Empty<IIntegrationEvent>(),
        ],
        ActionPlanAgreed e =>
        [
            .. e.Actions.Select(a => new Integration.ActionRaised(
                DerivedId(domainEvent, a.ActionId.ToString()), domainEvent.TenantId, e.At, e.By, a.ActionId, e.AssessmentId, e.CycleId, KindOf(e.Kind), e.Year,
                e.OrganisationId, a.Indicator, a.What, a.Owner, a.DueDate)),
        ],
        _ => ToIntegrationEvent(domainEvent) is { } message ? [message] : [],
    };

    private static IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        Section11CycleOpened e => new Integration.CycleLaunched(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, KindOf(e.Framework.Kind), e.Year, e.Deadline, e.Framework.Key, e.Scheme.Key),
        AssessmentSubmitted e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, KindOf(e.Kind), e.Year, e.Scores ?? []),
        OrganisationsInvited e => new Integration.OrganisationsInvited(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, KindOf(e.Kind), e.Year, e.OrganisationIds),
        ReturnReminderSent e => new Integration.ReturnReminderDue(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, KindOf(e.Kind), e.Year, e.OrganisationId, e.Deadline, e.Overdue),
        SharedSubmissionReceived e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, KindOf(e.Kind), e.Year, e.Scores ?? []),
        CycleClosed e => new Integration.CycleClosed(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, KindOf(e.Kind), e.Year, e.Returned.Count, e.NotReturned),
        _ => null,
    };

    private static Guid DerivedId(IEvent domainEvent, string part) => DeterministicGuid.Create(domainEvent.Id.ToString(), part);

    private static Integration.SelfAssessmentKind KindOf(FrameworkKind kind) =>
        kind == FrameworkKind.Section175 ? Integration.SelfAssessmentKind.Section175 : Integration.SelfAssessmentKind.Section11;
}
