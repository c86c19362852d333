using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

[Collection(nameof(Section11ServiceCollection))]
public class EndpointPolicyTests(Section11Service service) : EveryApiEndpointNamesAPolicy<Program>(service);
