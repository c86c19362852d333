using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Messaging;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Programme.Messaging;

/// <summary>What the rest of the system hears from Programme.</summary>
public sealed class ProgrammeIntegrationEvents : OneToOneIntegrationEventMap
{
    protected override IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        OrganisationRegistered e => new Integration.OrganisationRegistered(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.OrganisationId, e.Name, e.Kind),
        AuditProgrammeCreated e => new Integration.AuditProgrammeCreated(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Year),
        ThematicAuditScheduled e => new Integration.AuditScheduled(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.AuditId, e.Year, e.Quarter, e.Theme, e.Categories),
        PriorityRecorded e => Accepted(domainEvent, e.PriorityId, e.Details, e.By, e.At),
        PriorityAccepted e => Accepted(domainEvent, e.PriorityId, e.Details, e.By, e.At),
        _ => null,
    };

    private static Integration.PriorityAccepted Accepted(IEvent domainEvent, Guid priorityId, PriorityDetails details, Actor by, DateTimeOffset at) =>
        new(domainEvent.Id, domainEvent.TenantId, at, by, priorityId, details.Route.ToString(), details.Theme, details.Source?.Kind, details.Source?.Reference);
}
