using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

public sealed class IdentityService() : ServiceFixture<Program>("identity-db");

[CollectionDefinition(nameof(IdentityServiceCollection))]
public sealed class IdentityServiceCollection : ICollectionFixture<IdentityService>;

[Collection(nameof(IdentityServiceCollection))]
public class EndpointPolicyTests(IdentityService service) : EveryApiEndpointNamesAPolicy<Program>(service);
