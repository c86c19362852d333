using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

public sealed class ReportingService() : ServiceFixture<Program>("reporting-db");

[CollectionDefinition(nameof(ReportingServiceCollection))]
public sealed class ReportingServiceCollection : ICollectionFixture<ReportingService>;
