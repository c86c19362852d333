namespace Safeguarding.Testing;

/// <summary>Polls until an eventually consistent read shows what is expected, or fails with the last answer.</summary>
public static class Eventually
{
    /// <param name="every">How often to read: reads through the gateway count against its 600 a minute per person.</param>
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not as expected after waiting: {value}");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(50));
        }
    }
}
