using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

public sealed class Section11Service() : ServiceFixture<Program>("section11-db");

[CollectionDefinition(nameof(Section11ServiceCollection))]
public sealed class Section11ServiceCollection : ICollectionFixture<Section11Service>;
