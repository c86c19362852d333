namespace Safeguarding.Notifications;

/// <summary>
/// The clock the service's periodic checks run on (escalations, chases, daily digests): the service's own, unless a test
/// moves this one alone, so the days can pass for the checks while delivery and its retries keep real time.
/// </summary>
public sealed record CheckClock(TimeProvider Time);
