using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class EndpointPolicyTests(ProgrammeService service) : EveryApiEndpointNamesAPolicy<Program>(service);
