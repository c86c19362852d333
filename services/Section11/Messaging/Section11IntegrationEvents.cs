using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Messaging;
using Integration = Safeguarding.Contracts.Section11;

namespace Safeguarding.Section11.Messaging;

/// <summary>What the rest of the system hears from Section11.</summary>
public sealed class Section11IntegrationEvents : IIntegrationEventMap
{
    public Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken) =>
        Task.FromResult(Map(domainEvent));

    public static IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent) => domainEvent.Data switch
    {
        IndicatorModerated e =>
        [
            new Integration.IndicatorModerated(
                domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId, e.Standard, e.Indicator, e.Scheme, e.Score),
            .. e.Weak
                ? [new Integration.WeakStandardIdentified(
                    DeterministicGuid.Create(domainEvent.Id.ToString(), "weak-standard"), domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId,
                    e.OrganisationId, e.Standard, e.StandardTitle, e.Indicator, e.Score, e.Rationale)]
                : Array.Empty<IIntegrationEvent>(),
        ],
        _ => ToIntegrationEvent(domainEvent) is { } message ? [message] : [],
    };

    private static IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        Section11CycleOpened e => new Integration.Section11CycleOpened(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.CycleId, e.Year, e.Deadline),
        AssessmentSubmitted e => new Integration.AssessmentSubmitted(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.AssessmentId, e.CycleId, e.OrganisationId),
        _ => null,
    };
}
