using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>
/// The service on a database and mail server of its own, its periodic checks on a clock the test moves (from
/// <c>start</c>) while delivery keeps real time.
/// </summary>
public sealed class MovedClockService : IAsyncDisposable
{
    private MovedClockService(FakeTimeProvider clock, LocalSmtp smtp, ServiceHost<Program> host) => (Clock, Smtp, Host) = (clock, smtp, host);

    public FakeTimeProvider Clock { get; }

    public LocalSmtp Smtp { get; }

    public ServiceHost<Program> Host { get; }

    public static async Task<MovedClockService> StartAsync(DateTimeOffset start)
    {
        var clock = new FakeTimeProvider(start);
        var smtp = await LocalSmtp.LaunchAsync();
        var host = await ServiceHost<Program>.StartAsync(
            "notifications-db", configureServices: services => services.AddSingleton(new CheckClock(clock)), settings: smtp.ServiceSettings());
        return new MovedClockService(clock, smtp, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
