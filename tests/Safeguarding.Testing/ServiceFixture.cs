namespace Safeguarding.Testing;

/// <summary>One service on real servers, shared by the tests of a collection; each test keeps to a partnership of its own.</summary>
public abstract class ServiceFixture<TProgram>(string databaseConnectionName) : Xunit.IAsyncLifetime
    where TProgram : class
{
    public ServiceHost<TProgram> Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServiceHost<TProgram>.StartAsync(databaseConnectionName);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
