using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

public sealed class AuditService() : ServiceFixture<Program>("audit-db");

[CollectionDefinition(nameof(AuditServiceCollection))]
public sealed class AuditServiceCollection : ICollectionFixture<AuditService>;
