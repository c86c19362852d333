namespace Safeguarding.Testing.Producers;

/// <summary>The time the producers' decisions are taken at: a minute further on at each step, so events keep their order.</summary>
public sealed class ProducerClock(DateTimeOffset start)
{
    public DateTimeOffset Now { get; private set; } = start;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public DateTimeOffset Tick() => Now = Now.AddMinutes(1);

    public void MoveTo(DateTimeOffset later) => Now = later > Now ? later : Now;
}
