using Polly;
using Polly.Retry;
using Safeguarding.ServiceDefaults.Problems;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// Reading back what a command has just saved. The change is committed whatever happens next, so a database that goes
/// away at that moment must never turn it into "nothing was saved": the caller would send it again and it would be saved
/// twice. The read waits for the database (a restart takes seconds), up to half a minute; if the database is still away
/// the answer says the change was saved (<see cref="SavedButNotReadException"/>).
/// </summary>
public static class AfterCommit
{
    private static readonly ResiliencePipeline WaitingForTheDatabase = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(DatabaseUnavailableExceptionHandler.IsUnavailable),
            MaxRetryAttempts = 30,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Constant,
        })
        .Build();

    public static async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await WaitingForTheDatabase.ExecuteAsync(async token => await read(token), cancellationToken);
        }
        catch (Exception ex) when (DatabaseUnavailableExceptionHandler.IsUnavailable(ex))
        {
            throw new SavedButNotReadException(ex);
        }
    }
}
