using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Retention;

namespace Safeguarding.Learning.Tests;

/// <summary>When the daily check tells the coordinator: once a kind is waiting, again only after an erasure or new periods.</summary>
public sealed class RetentionNoticesTests
{
    private static readonly DateTimeOffset Monday = new(2029, 3, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Before = new(2027, 3, 5);

    private static readonly DueRecords[] Due = [new(RecordKind.AccessLogs, 3, Before, 2), new(RecordKind.Actions, 0, new(2023, 3, 5), 6)];

    private static RecordsFoundPastRetention Told(DateTimeOffset at) => new(RecordKind.AccessLogs, 3, Before, Actor.System, at);

    private static RecordsErasedPastRetention Erased(DateOnly before, DateTimeOffset at) => new(RecordKind.AccessLogs, 3, before, new Actor("coordinator", "Partnership"), at);

    [Fact]
    public void A_kind_with_records_past_its_period_is_announced_and_one_with_none_is_not() =>
        Assert.Equal([Told(Monday)], RetentionNotices.Announce(Due, [], [], DateTimeOffset.MinValue, Monday));

    [Fact]
    public void A_kind_left_waiting_is_not_announced_again_however_many_more_pass_their_period() =>
        Assert.Empty(RetentionNotices.Announce([Due[0] with { Records = 9 }], [Told(Monday.AddDays(-7))], [], DateTimeOffset.MinValue, Monday));

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    public void Once_the_records_it_told_of_are_erased_more_past_the_period_are_news_whenever_the_erasure_was_written(int erasedDaysAfterNotice) =>
        Assert.Single(RetentionNotices.Announce(
            Due, [Told(Monday.AddDays(-7))], [Erased(Before.AddDays(1), Monday.AddDays(-7 + erasedDaysAfterNotice))], DateTimeOffset.MinValue, Monday));

    [Fact]
    public void An_erasure_of_only_older_records_leaves_the_kind_waiting() =>
        Assert.Empty(RetentionNotices.Announce(Due, [Told(Monday.AddDays(-7))], [Erased(Before.AddDays(-30), Monday.AddDays(-3))], DateTimeOffset.MinValue, Monday));

    [Fact]
    public void An_erasure_made_before_the_periods_were_lengthened_does_not_clear_a_notice_made_since() =>
        Assert.Empty(RetentionNotices.Announce(
            Due, [Told(Monday.AddDays(-7))], [Erased(Before.AddYears(8), Monday.AddDays(-30))], Monday.AddDays(-20), Monday));

    [Fact]
    public void New_periods_make_every_waiting_kind_news_again() =>
        Assert.Single(RetentionNotices.Announce(Due, [Told(Monday.AddDays(-7))], [], Monday.AddDays(-1), Monday));
}
