using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Templates;

/// <summary>The partnership's own words for a kind of message, checked against the placeholders the kind offers.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ManageNotifications)]
public sealed record MessageTemplateChanged(
    Guid TemplateId,
    NotificationKind Kind,
    [NotPersonal("The partnership's own words for a kind of message, the same for everyone it goes to.")] string Subject,
    [NotPersonal("The partnership's own words for a kind of message, the same for everyone it goes to.")] string Body,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership went back to the platform's words for the kind.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ManageNotifications)]
public sealed record MessageTemplateReset(Guid TemplateId, NotificationKind Kind, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A kind's template in one partnership, kept inline as its read model; without one the built-in words are used.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ManageNotifications)]
public sealed record PartnershipTemplate(
    Guid Id,
    NotificationKind Kind,
    MessageTemplate? Custom,
    [PersonalData(PersonalData.StaffAccount)] string ChangedBy,
    DateTimeOffset ChangedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>One stream per partnership and kind.</summary>
    public static Guid IdFor(string partnershipId, NotificationKind kind) => DeterministicGuid.Create("message-template", partnershipId, kind.ToString());

    public static PartnershipTemplate Create(MessageTemplateChanged changed) =>
        new(changed.TemplateId, changed.Kind, new MessageTemplate(changed.Subject, changed.Body), changed.By.Id, changed.At);

    public PartnershipTemplate Apply(MessageTemplateChanged changed) =>
        this with { Custom = new MessageTemplate(changed.Subject, changed.Body), ChangedBy = changed.By.Id, ChangedAt = changed.At };

    public PartnershipTemplate Apply(MessageTemplateReset reset) => this with { Custom = null, ChangedBy = reset.By.Id, ChangedAt = reset.At };
}
