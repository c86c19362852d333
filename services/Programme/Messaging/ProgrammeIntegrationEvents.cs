using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// What the rest of the system hears from Programme. Directory events happen in the shared directory, so their
/// messages name the partnership the organisation joined, or go to every partnership it belongs to.
/// </summary>
public sealed class ProgrammeIntegrationEvents : IIntegrationEventMap
{
    public Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken) =>
        Task.FromResult(Map(domainEvent));

    public static IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent) => domainEvent.Data switch
    {
        OrganisationRegistered e =>
        [
            Registered(domainEvent.Id, e.PartnershipId, e.OrganisationId, e.Details, e.By, e.At),
            ContactsOf(DeterministicGuid.Create(domainEvent.Id.ToString(), "contacts"), e.PartnershipId, e.OrganisationId, e.Contacts, e.By, e.At),
        ],
        OrganisationJoinedPartnership e =>
        [
            Registered(domainEvent.Id, e.PartnershipId, e.OrganisationId, e.Details, e.By, e.At),
            ContactsOf(DeterministicGuid.Create(domainEvent.Id.ToString(), "contacts"), e.PartnershipId, e.OrganisationId, e.Contacts, e.By, e.At),
        ],
        MembershipContactsChanged e => [ContactsOf(domainEvent.Id, e.PartnershipId, e.OrganisationId, e.Contacts, e.By, e.At)],
        OrganisationUpdated e =>
        [
            .. e.Partnerships.Select(partnership => new Integration.OrganisationUpdated(
                DeterministicGuid.Create(domainEvent.Id.ToString(), partnership), partnership, e.At, e.By, e.OrganisationId,
                e.Details.Name, e.Details.Kind, e.Details.SchoolPhase, e.Details.SchoolType)),
        ],
        ProgrammeItemScheduled e => [.. One(ToIntegrationEvent(domainEvent)), Due(domainEvent, e.ProgrammeId, e.Year, e.Item, e.By, e.At)],
        ProgrammeItemChanged e => [Due(domainEvent, e.ProgrammeId, e.Year, e.Item, e.By, e.At)],
        _ => One(ToIntegrationEvent(domainEvent)),
    };

    private static IReadOnlyList<IIntegrationEvent> One(IIntegrationEvent? message) => message is null ? [] : [message];

    /// <summary>The item's due date, with an id of its own beside the message its scheduling also sends.</summary>
    private static Integration.ScheduledItemDue Due(IEvent domainEvent, Guid programmeId, int year, ProgrammeItem item, Actor by, DateTimeOffset at) =>
        new(DeterministicGuid.Create(domainEvent.Id.ToString(), "due"), domainEvent.TenantId, at, by, programmeId, item.ItemId, item.Kind,
            ProgrammeDecisions.DueDate(year, item), year);

    private static Integration.OrganisationRegistered Registered(Guid eventId, string partnership, Guid organisationId, OrganisationDetails d, Actor by, DateTimeOffset at) =>
        new(eventId, partnership, at, by, organisationId, d.Name, d.Kind, d.SchoolPhase, d.SchoolType);

    private static Integration.OrganisationContactsChanged ContactsOf(
        Guid eventId, string partnership, Guid organisationId, IReadOnlyList<Contact> contacts, Actor by, DateTimeOffset at) =>
        new(eventId, partnership, at, by, organisationId, [.. contacts.Select(c => new Integration.OrganisationContact(OrganisationDecisions.ContactRoleWords[c.Role], c.Name, c.Email))]);

    private static IIntegrationEvent? ToIntegrationEvent(IEvent domainEvent) => domainEvent.Data switch
    {
        AuditProgrammeCreated e => new Integration.AuditProgrammeCreated(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Year),
        ProgrammeItemScheduled { Item.IsAudit: true } e => new Integration.AuditScheduled(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Item.ItemId, e.Year, QuarterOf(e.Item), Theme.From(e.Item.Theme), e.Item.Categories),
        ProgrammeItemScheduled { Item.Kind: ScheduledItemKind.Section11Cycle } e => new Integration.Section11CycleScheduled(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Item.ItemId, e.Year, e.Item.Quarter, e.Item.Starts),
        ProgrammeItemScheduled { Item.Kind: ScheduledItemKind.Section175Cycle } e => new Integration.Section175CycleScheduled(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Item.ItemId, e.Year, e.Item.Quarter, e.Item.Starts),
        ProgrammePublished e => new Integration.ProgrammePublished(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.Year, e.Number, e.Items.Count),
        ProgrammeItemRemoved e => new Integration.ScheduledItemRemoved(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.ItemId, e.Kind, e.Year, e.Reason),
        ProgrammeItemOverdue e => new Integration.ScheduledItemOverdue(
            domainEvent.Id, domainEvent.TenantId, e.At, e.By, e.ProgrammeId, e.ItemId, e.Kind, Theme.From(e.Theme), e.Due, e.Year),
        PriorityRecorded e => Accepted(domainEvent, e.PriorityId, e.Details, e.By, e.At),
        PriorityAccepted e => Accepted(domainEvent, e.PriorityId, e.Details, e.By, e.At),
        _ => null,
    };

    private static Integration.PriorityAccepted Accepted(IEvent domainEvent, Guid priorityId, PriorityDetails details, Actor by, DateTimeOffset at) =>
        new(domainEvent.Id, domainEvent.TenantId, at, by, priorityId, details.Route, Theme.From(details.Theme), details.Source?.Kind, details.Source?.Reference);

    private static int QuarterOf(ProgrammeItem item) => item.Quarter ?? ((item.Starts!.Value.Month - 1) / 3) + 1;
}
