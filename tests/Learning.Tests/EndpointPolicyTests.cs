using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class EndpointPolicyTests(LearningService service) : EveryApiEndpointNamesAPolicy<Program>(service);
