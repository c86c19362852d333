using MassTransit;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Contracts.Programme;

[MessageUrn("safeguarding:programme:organisation-registered:v1")]
[EntityName("programme.organisation-registered.v1")]
public sealed record OrganisationRegistered(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid OrganisationId, [FreeText] string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase = null, SchoolType? SchoolType = null)
    : IIntegrationEvent;

/// <summary>An organisation's name, kind or school details changed; other services update their copies.</summary>
[MessageUrn("safeguarding:programme:organisation-updated:v1")]
[EntityName("programme.organisation-updated.v1")]
public sealed record OrganisationUpdated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid OrganisationId, [FreeText] string Name, OrganisationKind Kind, SchoolPhase? SchoolPhase, SchoolType? SchoolType) : IIntegrationEvent;

/// <summary>A named person at an organisation, for one role, in one partnership: where messages about that work go.</summary>
public sealed record OrganisationContact(
    ContactRole Role,
    [PersonalData(PersonalData.WorkContact, "Who to write to at the organisation in this role.")][FreeText] string Name,
    [PersonalData(PersonalData.WorkContact, "Their work address.")][Identifier] string Email);

/// <summary>
/// The organisation's contacts in this partnership, all of them, as they now are (sent when it joins the partnership
/// and whenever they change): a copy replaces what it held.
/// </summary>
[MessageUrn("safeguarding:programme:organisation-contacts-changed:v1")]
[EntityName("programme.organisation-contacts-changed.v1")]
public sealed record OrganisationContactsChanged(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid OrganisationId, IReadOnlyList<OrganisationContact> Contacts)
    : IIntegrationEvent;

[MessageUrn("safeguarding:programme:audit-programme-created:v1")]
[EntityName("programme.audit-programme-created.v1")]
public sealed record AuditProgrammeCreated(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ProgrammeId, int Year) : IIntegrationEvent;

/// <summary>A thematic multi-agency audit was put on the year's programme; Audit opens it.</summary>
[MessageUrn("safeguarding:programme:audit-scheduled:v1")]
[EntityName("programme.audit-scheduled.v1")]
public sealed record AuditScheduled(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ProgrammeId, Guid AuditId, int Year, int Quarter, Theme Theme, IReadOnlyList<CaseCategory> Categories) : IIntegrationEvent;

/// <summary>A priority now counts for the programme: recorded by the coordinator, or a candidate accepted.</summary>
[MessageUrn("safeguarding:programme:priority-accepted:v1")]
[EntityName("programme.priority-accepted.v1")]
public sealed record PriorityAccepted(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid PriorityId, PriorityRoute Route, Theme Theme, PrioritySourceKind? SourceKind, [Identifier] string? SourceReference) : IIntegrationEvent;

[MessageUrn("safeguarding:programme:section11-cycle-scheduled:v1")]
[EntityName("programme.section11-cycle-scheduled.v1")]
public sealed record Section11CycleScheduled(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ProgrammeId, Guid ItemId, int Year, int? Quarter, DateOnly? Starts)
    : IIntegrationEvent;

[MessageUrn("safeguarding:programme:section175-cycle-scheduled:v1")]
[EntityName("programme.section175-cycle-scheduled.v1")]
public sealed record Section175CycleScheduled(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ProgrammeId, Guid ItemId, int Year, int? Quarter, DateOnly? Starts)
    : IIntegrationEvent;

/// <summary>A numbered version of the year's programme is published: board readers and partner organisations can read it.</summary>
[MessageUrn("safeguarding:programme:programme-published:v1")]
[EntityName("programme.programme-published.v1")]
public sealed record ProgrammePublished(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ProgrammeId, int Year, int Number, int Items) : IIntegrationEvent;

/// <summary>
/// When a scheduled item is due (the end of its quarter, or its end date): sent when it is scheduled and whenever it is
/// changed, so a reader can tell it is overdue the day after without waiting for <see cref="ScheduledItemOverdue"/>.
/// </summary>
[MessageUrn("safeguarding:programme:scheduled-item-due:v1")]
[EntityName("programme.scheduled-item-due.v1")]
public sealed record ScheduledItemDue(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ProgrammeId, Guid ItemId, ScheduledItemKind Kind, DateOnly Due, int Year) : IIntegrationEvent;

/// <summary>A scheduled item's quarter (or end date) passed without it being done.</summary>
[MessageUrn("safeguarding:programme:scheduled-item-overdue:v1")]
[EntityName("programme.scheduled-item-overdue.v1")]
public sealed record ScheduledItemOverdue(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ProgrammeId, Guid ItemId, ScheduledItemKind Kind, Theme Theme, DateOnly Due, int Year) : IIntegrationEvent;

/// <summary>An item was taken off the programme, with the reason; an audit not yet under way is cancelled with it.</summary>
[MessageUrn("safeguarding:programme:scheduled-item-removed:v1")]
[EntityName("programme.scheduled-item-removed.v1")]
public sealed record ScheduledItemRemoved(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor,
    Guid ProgrammeId, Guid ItemId, ScheduledItemKind Kind, int Year, [FreeText] string Reason) : IIntegrationEvent;
