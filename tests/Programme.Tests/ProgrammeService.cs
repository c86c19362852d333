using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

/// <summary>The Programme service on a real PostgreSQL and RabbitMQ, shared by the tests of one collection.</summary>
public sealed class ProgrammeService : IAsyncLifetime
{
    public ServiceHost<Program> Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServiceHost<Program>.StartAsync("programme-db");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(nameof(ProgrammeServiceCollection))]
public sealed class ProgrammeServiceCollection : ICollectionFixture<ProgrammeService>;
