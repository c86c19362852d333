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
        new CreateCalendarFeed(new Guid("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22")),
        new ChooseDelivery(DeliveryChoice.DailyDigest),
        new ChangeNotificationSettings("St Helens Safeguarding Children Partnership business unit", "qa@sthelens-scp.example.org", 1, 3),
        new EditTemplate(
            "Audit returns for {{theme}} are due on {{due}}",
            "Dear {{contact}},\n\nThe partnership's audit of {{theme}} asks {{organisation}} for {{cases}} return(s) by {{due}}.\n\nOpen your returns:\n{{link}}"),
    ];
}
