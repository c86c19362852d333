using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notifications.Settings;

public sealed record ChangeNotificationSettings(
    [Required, StringLength(100)] string? CoordinatorName,
    [Required(ErrorMessage = SettingsDecisions.WorkEmail), StringLength(254, ErrorMessage = SettingsDecisions.WorkEmail),
     RegularExpression(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", ErrorMessage = SettingsDecisions.WorkEmail)] string? CoordinatorEmail,
    [Range(1, 5)] int? ConcernTargetWorkingDays = null,
    [Range(1, 10)] int? ReturnEscalationWorkingDays = null);

public static class SettingsDecisions
{
    public const string WorkEmail = "{0}: the coordinator's work email address (a shared mailbox is best) is required.";

    public static Decision Change(Guid settingsId, ChangeNotificationSettings c, Actor by, DateTimeOffset now) =>
        Decision.From(new ValidationErrors().Check(c), () => Decision.Accept(new NotificationSettingsChanged(
            settingsId, c.CoordinatorName!.Trim(), c.CoordinatorEmail!.Trim().ToLowerInvariant(),
            c.ConcernTargetWorkingDays ?? NotificationSettings.DefaultConcernTargetWorkingDays, by, now,
            c.ReturnEscalationWorkingDays ?? NotificationSettings.DefaultReturnEscalationWorkingDays)));
}
