namespace Safeguarding.EventSourcing.Calendar;

/// <summary>Times as people in England and Wales read them: a partnership's deadlines and sending times are in UK time.</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The instant a UK clock shows <paramref name="time"/> on <paramref name="day"/>, in GMT or BST as the day has.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>What a UK clock shows at <paramref name="at"/>.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;
}
