using Safeguarding.Notifications.Accounts;
using Safeguarding.Notifications.Calendar;
using Safeguarding.Notifications.Preferences;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.Templates;

namespace Safeguarding.Notifications;

/// <summary>A worked example of each request Notifications accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    public static readonly IReadOnlyList<object> All =
    [
        .. EventSourcing.Privacy.PrivacyExamples.All,
        new CreateCalendarFeed(new Guid("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22")),
        new ChooseDelivery(DeliveryChoice.DailyDigest),
        new SendPasswordLink(
            new Guid("4b0f6c1e-2d7a-4f3b-9c85-71e2d6a0b3f4"), new Guid("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22"), "Alex Morgan", "alex.morgan@merseyside.police.example.org",
            "https://qa.partnership.example.org/account/set-password?user=3f2a&token=CfDJ8...", new DateTimeOffset(2027, 3, 2, 14, 5, 0, TimeSpan.Zero), true),
        new ChangeNotificationSettings("St Helens Safeguarding Children Partnership business unit", "qa@sthelens-scp.example.org", 1, 3),
        new EditTemplate(
            "Audit returns for {{theme}} are due on {{due}}",
            "Dear {{contact}},\n\nThe partnership's audit of {{theme}} asks {{organisation}} for {{cases}} return(s) by {{due}}.\n\nOpen your returns:\n{{link}}"),
    ];
}
