using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

public sealed class ProgrammeService() : ServiceFixture<Program>("programme-db");

[CollectionDefinition(nameof(ProgrammeServiceCollection))]
public sealed class ProgrammeServiceCollection : ICollectionFixture<ProgrammeService>;
