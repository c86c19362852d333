using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class EndpointPolicyTests(NotificationsService service) : EveryApiEndpointNamesAPolicy<Program>(service);
