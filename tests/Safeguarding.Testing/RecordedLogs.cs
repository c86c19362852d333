using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Testing;

/// <summary>
/// Every line a service under test logs, at every level, as "category: message exception [scopes]", for tests that
/// read them: the scopes are what an exporter that includes scopes would send beside the message.
/// </summary>
public sealed class RecordedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recording(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    private string Scopes()
    {
        var scopes = new List<string?>();
        _scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString()), scopes);
        return string.Join(" | ", scopes);
    }

    /// <summary>The last lines from categories that start with one of <paramref name="prefixes"/>, for a failure message.</summary>
    public string Tail(int count, params string[] prefixes) =>
        string.Join('\n', Lines.Where(l => prefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal))).TakeLast(count));

    public void Dispose()
    {
    }

    private sealed class Recording(RecordedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(
                $"{category}: {DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {formatter(state, exception)} {exception} [{owner.Scopes()}]");
    }
}
