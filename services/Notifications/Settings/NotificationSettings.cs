using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Settings;

/// <summary>
/// Who hears what an agency's contact cannot act on (escalations), how long an immediate concern may wait, and how many
/// working days after the reminder late audit returns go to the agency's safeguarding lead.
/// </summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ManageNotifications)]
public sealed record NotificationSettingsChanged(
    Guid SettingsId,
    [PersonalData(PersonalData.WorkContact, "Who hears what an agency's contact cannot act on: the coordinator's name.")] string CoordinatorName,
    [PersonalData(PersonalData.WorkContact, "The coordinator's mailbox, for escalations.")] string CoordinatorEmail,
    int ConcernTargetWorkingDays,
    Actor By,
    DateTimeOffset At,
    int ReturnEscalationWorkingDays = NotificationSettings.DefaultReturnEscalationWorkingDays) : IDomainEvent;

/// <summary>The partnership's message settings, kept inline as their read model; a partnership without them has the defaults.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ManageNotifications)]
public sealed record NotificationSettings(
    Guid Id,
    [PersonalData(PersonalData.WorkContact, "Who hears what an agency's contact cannot act on: the coordinator's name.")] string? CoordinatorName,
    [PersonalData(PersonalData.WorkContact, "The coordinator's mailbox, for escalations.")] string? CoordinatorEmail,
    int ConcernTargetWorkingDays,
    [PersonalData(PersonalData.StaffAccount)] string? ChangedBy,
    DateTimeOffset? ChangedAt,
    int ReturnEscalationWorkingDays = NotificationSettings.DefaultReturnEscalationWorkingDays) : IVersioned, ITenanted
{
    /// <summary>Working Together's expectation: an immediate concern is acknowledged within a working day.</summary>
    public const int DefaultConcernTargetWorkingDays = 1;

    /// <summary>Late returns are chased at the audit contact first; three working days on, the safeguarding lead hears.</summary>
    public const int DefaultReturnEscalationWorkingDays = 3;

    public long Version { get; init; }

    public string? TenantId { get; set; }

    public static Guid IdFor(string partnershipId) => DeterministicGuid.Create("notification-settings", partnershipId);

    public static NotificationSettings Defaults(string partnershipId) => new(IdFor(partnershipId), null, null, DefaultConcernTargetWorkingDays, null, null);

    public static NotificationSettings Create(NotificationSettingsChanged changed) =>
        new(changed.SettingsId, changed.CoordinatorName, changed.CoordinatorEmail, changed.ConcernTargetWorkingDays, changed.By.Id, changed.At,
            changed.ReturnEscalationWorkingDays);

    public NotificationSettings Apply(NotificationSettingsChanged changed) => Create(changed) with { Version = Version };
}
