using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

public sealed class LearningService() : ServiceFixture<Program>("learning-db");

[CollectionDefinition(nameof(LearningServiceCollection))]
public sealed class LearningServiceCollection : ICollectionFixture<LearningService>;
