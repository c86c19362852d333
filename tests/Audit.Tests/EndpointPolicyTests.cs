using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class EndpointPolicyTests(AuditService service) : EveryApiEndpointNamesAPolicy<Program>(service);
