namespace Safeguarding.Testing;

/// <summary>Polls until an eventually consistent read shows what is expected, or fails with the last answer.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
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

            await Task.Delay(50);
        }
    }
}
