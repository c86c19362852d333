namespace Safeguarding.Testing;

/// <summary>One service on real servers, shared by the tests of a collection; each test keeps to a partnership of its own.</summary>
public abstract class ServiceFixture<TProgram>(string databaseConnectionName) : Xunit.IAsyncLifetime
    where TProgram : class
{
    public ServiceHost<TProgram> Host { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Host = await ServiceHost<TProgram>.StartAsync(databaseConnectionName, settings: await SettingsAsync());

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Configuration the service needs besides the servers every service has (a mail server, say).</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>?> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
}
